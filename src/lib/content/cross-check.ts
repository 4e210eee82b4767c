import { routeTable } from '../routes';
import type { ContentProblem } from './errors';
import type { RenderedMarkdown } from './markdown';
import { rightIds, type AgreementData, type RightsData, type TopicsData } from './schema';

/** Markdown found in a file, kept so its links and headings can be checked once all files are read. */
export interface MarkdownField {
  file: string;
  field: string;
  rendered: RenderedMarkdown;
}

interface CrossCheckInput {
  authorities: readonly {
    slug: string;
    file: string;
    purposes: readonly { slug: string; file: string; topic: string }[];
  }[];
  agreements: readonly (AgreementData & { slug: string; file: string })[];
  rights: (RightsData & { file: string }) | undefined;
  topics: (TopicsData & { file: string }) | undefined;
  markdownFields: readonly MarkdownField[];
}

const allowedPlaceholders = new Set(['genitiv']);

function checkAgreementParties({ authorities, agreements }: CrossCheckInput): ContentProblem[] {
  const known = new Set(authorities.map((authority) => authority.slug));
  return agreements.flatMap((agreement) =>
    agreement.parties.flatMap((party, index): ContentProblem[] => {
      const field = `parties[${index}]`;
      if (!known.has(party)) {
        return [{ file: agreement.file, field, message: `"${party}" is no authority; use a file name from content/authorities (known: ${[...known].join(', ')})` }];
      }
      if (agreement.parties.indexOf(party) !== index) return [{ file: agreement.file, field, message: `"${party}" is listed twice` }];
      return [];
    }),
  );
}

function checkRights({ rights }: CrossCheckInput): ContentProblem[] {
  if (!rights) return [];
  const { file } = rights;
  const ids = rights.rights.map((right) => right.id);
  const duplicates = rights.rights.flatMap((right, index): ContentProblem[] =>
    ids.indexOf(right.id) === index ? [] : [{ file, field: `rights[${index}].id`, message: `"${right.id}" is listed twice` }],
  );
  const missing = rightIds
    .filter((id) => !ids.includes(id))
    .map((id): ContentProblem => ({ file, field: 'rights', message: `the right "${id}" is missing; every right must be explained once` }));
  const placeholders = rights.rights.flatMap((right, index) =>
    [...right.hubText.matchAll(/\{([^}]*)\}/g)]
      .filter(([, name]) => !allowedPlaceholders.has(name ?? ''))
      .map(([placeholder]): ContentProblem => ({ file, field: `rights[${index}].hubText`, message: `${placeholder} is not a known placeholder; use {genitiv}` })),
  );
  return [...duplicates, ...missing, ...placeholders];
}

function checkTopics({ authorities, topics }: CrossCheckInput): ContentProblem[] {
  if (!topics) return [];
  const { file } = topics;
  const ids = topics.topics.map((topic) => topic.id);
  const duplicates = topics.topics.flatMap((topic, index): ContentProblem[] =>
    ids.indexOf(topic.id) === index ? [] : [{ file, field: `topics[${index}].id`, message: `"${topic.id}" is listed twice` }],
  );
  const unknown = authorities.flatMap((authority) =>
    authority.purposes
      .filter((purpose) => !ids.includes(purpose.topic))
      .map((purpose): ContentProblem => ({
        file: purpose.file,
        field: 'topic',
        message: `"${purpose.topic}" is no topic; use an id from content/shared/emner.md (${ids.join(', ')})`,
      })),
  );
  return [...duplicates, ...unknown];
}

/** Internal links must lead to a page the site generates; level-1 headings belong to the page title. */
function checkMarkdown({ markdownFields, authorities, agreements }: CrossCheckInput): ContentProblem[] {
  const routes = new Set(routeTable({ authorities, agreements }).map((route) => route.path));
  return markdownFields.flatMap(({ file, field, rendered }) => {
    const deadLinks = rendered.links
      .filter((href) => href.startsWith('/') && !href.startsWith('//'))
      .map((href) => ({ href, target: href.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1') }))
      .filter(({ target }) => !routes.has(target))
      .map(({ href }): ContentProblem => ({ file, field, message: `links to ${href}, which is no page on the site` }));
    const titleHeadings = rendered.headings
      .filter((heading) => heading.level === 1)
      .map((heading): ContentProblem => ({ file, field, message: `"# ${heading.text}" is a level-1 heading, which is reserved for the page title; start headings at ##` }));
    return [...deadLinks, ...titleHeadings];
  });
}

/** Checks that need more than one file: references between files and links between pages. */
export function checkCrossReferences(input: CrossCheckInput): ContentProblem[] {
  return [...checkAgreementParties(input), ...checkRights(input), ...checkTopics(input), ...checkMarkdown(input)];
}
