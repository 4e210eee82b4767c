import type { RouteSource } from '../../config/routes';
import { contentFiles, contentPath, folderOf } from './content-files';
import type { ContentProblem } from './errors';
import { lineInFile, type MarkdownField } from './markdown-field';
import { checkLinks } from './markdown-links';
import { templatePlaceholders } from './notice-template';
import {
  rightIds,
  type AgreementData,
  type RightsData,
  type SituationsData,
  type TopicsData,
} from './schema';

interface CrossCheckInput {
  /** Every content file that exists, valid or not: what links and references may name. */
  everyFile: RouteSource;
  /** The authorities whose files are valid, with their valid notices. */
  authorities: readonly {
    slug: string;
    file: string;
    notices: readonly { slug: string; file: string; topic: string }[];
  }[];
  agreements: readonly (AgreementData & { slug: string; file: string })[];
  rights: (RightsData & { file: string }) | undefined;
  topics: (TopicsData & { file: string }) | undefined;
  situations: (SituationsData & { file: string }) | undefined;
  complaint: { file: string } | undefined;
  markdownFields: readonly MarkdownField[];
}

const allowedPlaceholders = new Set(['genitiv']);

function checkAgreementParties({ everyFile, agreements }: CrossCheckInput): ContentProblem[] {
  const known = new Set(everyFile.authorities.map((authority) => authority.slug));
  return agreements.flatMap((agreement) =>
    agreement.parties.flatMap((party, index): ContentProblem[] => {
      const field = `parties[${index}]`;
      if (!known.has(party)) {
        return [
          {
            file: agreement.file,
            field,
            message: `"${party}" er ikke en myndighed. Skriv navnet på en fil i content/${folderOf('authority')} uden .md (${[...known].join(', ')})`,
          },
        ];
      }
      if (agreement.parties.indexOf(party) !== index)
        return [{ file: agreement.file, field, message: `"${party}" står to gange. Slet den ene` }];
      return [];
    }),
  );
}

function checkRights({ rights }: CrossCheckInput): ContentProblem[] {
  if (!rights) return [];
  const { file } = rights;
  const ids = rights.rights.map((right) => right.id);
  const duplicates = rights.rights.flatMap((right, index): ContentProblem[] =>
    ids.indexOf(right.id) === index
      ? []
      : [
          {
            file,
            field: `rights[${index}].id`,
            message: `"${right.id}" står to gange. Hver rettighed forklares én gang; slet den ene`,
          },
        ],
  );
  const missing = rightIds
    .filter((id) => !ids.includes(id))
    .map((id): ContentProblem => ({
      file,
      field: 'rights',
      message: `rettigheden "${id}" mangler. Hver rettighed skal forklares én gang; tilføj den`,
    }));
  const placeholders = rights.rights.flatMap((right, index) =>
    [...right.hubText.matchAll(/\{([^}]*)\}/g)]
      .filter(([, name]) => !allowedPlaceholders.has(name ?? ''))
      .map(([placeholder]): ContentProblem => ({
        file,
        field: `rights[${index}].hubText`,
        message: `${placeholder} er ikke en pladsholder, siden kender. Brug {genitiv}`,
      })),
  );
  return [...duplicates, ...missing, ...placeholders];
}

function checkTopics({ authorities, topics }: CrossCheckInput): ContentProblem[] {
  if (!topics) return [];
  const { file } = topics;
  const ids = topics.topics.map((topic) => topic.id);
  const duplicates = topics.topics.flatMap((topic, index): ContentProblem[] =>
    ids.indexOf(topic.id) === index
      ? []
      : [
          {
            file,
            field: `topics[${index}].id`,
            message: `"${topic.id}" står to gange. Hvert emne skal have sit eget id`,
          },
        ],
  );
  const unknown = authorities.flatMap((authority) =>
    authority.notices
      // The template's topic is reported as a text left from the template.
      .filter((notice) => !ids.includes(notice.topic) && notice.topic !== templatePlaceholders.topic.text)
      .map((notice): ContentProblem => ({
        file: notice.file,
        field: 'topic',
        message: `"${notice.topic}" er ikke et emne. Skriv et id fra content/${contentPath('topics')} (${ids.join(', ')})`,
      })),
  );
  return [...duplicates, ...unknown];
}

/** Each notice a situation names must exist; a file with errors still counts, its own errors say what to fix. */
function checkSituations({ everyFile, situations }: CrossCheckInput): ContentProblem[] {
  if (!situations) return [];
  const known = new Set(
    everyFile.authorities.flatMap((authority) =>
      authority.notices.map((notice) => `${authority.slug}/${notice.slug}`),
    ),
  );
  return situations.situations.flatMap((situation, index) =>
    situation.notices
      .map((reference, position) => ({ reference, position }))
      .filter(({ reference }) => !known.has(reference))
      .map(({ reference, position }): ContentProblem => ({
        file: situations.file,
        field: `situations[${index}].notices[${position}]`,
        message: `"${reference}" er ikke et formål. Skriv mappen og filnavnet på et formål i content/${contentFiles.purpose.folder} uden .md, fx "${[...known][0] ?? 'myndighed/formaal'}", eller slet linjen`,
      })),
  );
}

/** Level-1 headings belong to the page title. */
function checkTitleHeadings({ markdownFields }: CrossCheckInput): ContentProblem[] {
  return markdownFields.flatMap((markdown) =>
    markdown.rendered.headings
      .filter((heading) => heading.level === 1)
      .map((heading): ContentProblem => ({
        file: markdown.file,
        line: lineInFile(markdown, heading.line),
        field: markdown.field,
        message: `"# ${heading.text}" er en overskrift på niveau 1, som er forbeholdt sidens titel. Begynd overskrifter med ##`,
      })),
  );
}

/** Checks that need more than one file: references between files and links between pages. */
export function checkCrossReferences(input: CrossCheckInput): ContentProblem[] {
  const topicsShown = input.authorities.flatMap((authority) =>
    authority.notices.map((notice) => notice.topic),
  );
  return [
    ...checkAgreementParties(input),
    ...checkRights(input),
    ...checkTopics(input),
    ...checkSituations(input),
    ...checkTitleHeadings(input),
    ...checkLinks({ ...input, topicsShown }),
  ];
}
