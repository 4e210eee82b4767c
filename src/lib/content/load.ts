import path from 'node:path';
import type { z } from 'zod';

import { contentLabel, contentRoot } from '../../config/environment';
import { routeCollisions } from '../routes';
import { checkCrossReferences, type MarkdownField } from './cross-check';
import { ContentError, type ContentProblem } from './errors';
import { childFolder, entriesOf, isFolder, markdownFilesIn, type ContentFileRef, type Folder } from './folders';
import { renderMarkdown, type RenderedMarkdown } from './markdown';
import { readContentFile } from './read-file';
import {
  agreementSchema,
  authoritySchema,
  complaintSchema,
  purposeSchema,
  rightsSchema,
  topicsSchema,
  type AgreementData,
  type AuthorityData,
  type ComplaintData,
  type PurposeData,
  type RightsData,
  type TopicsData,
} from './schema';
import { validate } from './validate';

export interface Purpose extends PurposeData {
  slug: string;
  /** Path as editors see it, e.g. "content/purposes/udlaendingestyrelsen/videoovervaagning.md". */
  file: string;
  /** Path on disk. */
  absolutePath: string;
  /** Slug of the authority the notice belongs to (its folder). */
  authority: string;
  body: RenderedMarkdown;
}

export interface Authority extends AuthorityData {
  slug: string;
  /** Path as editors see it, e.g. "content/authorities/udlaendingestyrelsen.md". */
  file: string;
  intro: RenderedMarkdown;
  identificationAdviceHtml: string;
  /** The authority's notices, in their editorial order. */
  purposes: Purpose[];
}

export interface Agreement extends AgreementData {
  slug: string;
  /** Path as editors see it, e.g. "content/agreements/carl-2.md". */
  file: string;
  body: RenderedMarkdown;
}

export type Right = RightsData['rights'][number] & { explanationHtml: string };

export interface Rights extends RightsData {
  /** Path as editors see it. */
  file: string;
  rights: Right[];
  body: RenderedMarkdown;
}

export interface Complaint extends ComplaintData {
  /** Path as editors see it. */
  file: string;
  body: RenderedMarkdown;
}

export interface Topics extends TopicsData {
  /** Path as editors see it. */
  file: string;
  body: RenderedMarkdown;
}

export interface Content {
  authorities: Authority[];
  agreements: Agreement[];
  rights: Rights;
  complaint: Complaint;
  topics: Topics;
}

const topLevelEntries = ['README.md', 'authorities', 'purposes', 'agreements', 'shared'];
const sharedFiles = { rights: 'rettigheder.md', complaint: 'klage-til-datatilsynet.md', topics: 'emner.md' };

/** Collects problems and rendered Markdown while files are read, so every problem is reported at once. */
class Reader {
  readonly problems: ContentProblem[] = [];
  readonly markdownFields: MarkdownField[] = [];

  parse<Schema extends z.ZodType>(schema: Schema, ref: Pick<ContentFileRef, 'absolutePath' | 'file'>) {
    const parsed = readContentFile(ref.absolutePath, ref.file);
    if (!parsed.ok) {
      this.problems.push(parsed.problem);
      return undefined;
    }
    const validated = validate(schema, parsed.data, ref.file);
    if (!validated.ok) {
      this.problems.push(...validated.problems);
      return undefined;
    }
    return { data: validated.data, body: this.markdown(parsed.body, ref.file, 'body') };
  }

  markdown(source: string, file: string, field: string): RenderedMarkdown {
    const rendered = renderMarkdown(source);
    this.markdownFields.push({ file, field, rendered });
    return rendered;
  }
}

function loadPurposes(reader: Reader, purposesFolder: Folder, authoritySlugs: Set<string>): Purpose[] {
  const purposes: Purpose[] = [];
  for (const name of entriesOf(purposesFolder)) {
    const folder = childFolder(purposesFolder, name);
    if (!isFolder(folder)) {
      reader.problems.push({ file: folder.label, field: '', message: 'purposes go in a folder named after their authority, e.g. content/purposes/udlaendingestyrelsen/' });
      continue;
    }
    if (!authoritySlugs.has(name)) {
      reader.problems.push({ file: folder.label, field: '', message: `names no authority; the folder name must match a file in content/authorities (known: ${[...authoritySlugs].join(', ')})` });
      continue;
    }
    for (const ref of markdownFilesIn(folder, reader.problems)) {
      const parsed = reader.parse(purposeSchema, ref);
      if (parsed)
        purposes.push({
          ...parsed.data,
          slug: ref.slug,
          file: ref.file,
          absolutePath: ref.absolutePath,
          authority: name,
          body: parsed.body,
        });
    }
  }
  return purposes;
}

/** The authorities that validate, and the slugs of all authority files, valid or not. */
function loadAuthorities(reader: Reader, folder: Folder) {
  const authorities: Omit<Authority, 'purposes'>[] = [];
  const refs = markdownFilesIn(folder, reader.problems);
  for (const ref of refs) {
    const parsed = reader.parse(authoritySchema, ref);
    if (!parsed) continue;
    const advice = reader.markdown(parsed.data.identificationAdvice, ref.file, 'identificationAdvice');
    authorities.push({ ...parsed.data, slug: ref.slug, file: ref.file, intro: parsed.body, identificationAdviceHtml: advice.html });
  }
  return { authorities, slugs: new Set(refs.map((ref) => ref.slug)) };
}

function loadAgreements(reader: Reader, folder: Folder): Agreement[] {
  return markdownFilesIn(folder, reader.problems).flatMap((ref) => {
    const parsed = reader.parse(agreementSchema, ref);
    return parsed ? [{ ...parsed.data, slug: ref.slug, file: ref.file, body: parsed.body }] : [];
  });
}

function loadShared(reader: Reader, folder: Folder) {
  for (const name of entriesOf(folder)) {
    if (!Object.values(sharedFiles).includes(name)) {
      reader.problems.push({ file: `${folder.label}/${name}`, field: '', message: `is not a known shared text; expected only ${Object.values(sharedFiles).join(', ')}` });
    }
  }
  const refFor = (name: string) => ({ absolutePath: path.join(folder.absolutePath, name), file: `${folder.label}/${name}` });
  const rightsRef = refFor(sharedFiles.rights);
  const parsedRights = reader.parse(rightsSchema, rightsRef);
  const rights = parsedRights && {
    ...parsedRights.data,
    file: rightsRef.file,
    body: parsedRights.body,
    rights: parsedRights.data.rights.map((right, index) => ({
      ...right,
      explanationHtml: reader.markdown(right.explanation, rightsRef.file, `rights[${index}].explanation`).html,
    })),
  };
  const complaintRef = refFor(sharedFiles.complaint);
  const parsedComplaint = reader.parse(complaintSchema, complaintRef);
  const complaint = parsedComplaint && {
    ...parsedComplaint.data,
    file: complaintRef.file,
    body: parsedComplaint.body,
  };
  const topicsRef = refFor(sharedFiles.topics);
  const parsedTopics = reader.parse(topicsSchema, topicsRef);
  const topics = parsedTopics && { ...parsedTopics.data, file: topicsRef.file, body: parsedTopics.body };
  return { rights, complaint, topics };
}

const byOrderThenTitle = (a: { order: number; title: string }, b: { order: number; title: string }) =>
  a.order - b.order || a.title.localeCompare(b.title, 'da');

/**
 * Reads, validates and cross-checks every file under a content folder. The only code that reads
 * content. Throws one ContentError listing every problem; nothing is skipped silently.
 */
export function loadContent(root: string, label = 'content'): Content {
  const reader = new Reader();
  const top: Folder = { absolutePath: root, label };
  const entries = entriesOf(top);
  if (entries.length === 0) throw new ContentError([{ file: label, field: '', message: 'the content folder is missing or empty' }]);
  for (const name of entries) {
    if (!topLevelEntries.includes(name)) {
      reader.problems.push({ file: `${label}/${name}`, field: '', message: `is not expected here; the content folder holds ${topLevelEntries.join(', ')}` });
    }
  }

  const { authorities: authorityData, slugs: authoritySlugs } = loadAuthorities(reader, childFolder(top, 'authorities'));
  const purposes = loadPurposes(reader, childFolder(top, 'purposes'), authoritySlugs);
  const agreements = loadAgreements(reader, childFolder(top, 'agreements'));
  const { rights, complaint, topics } = loadShared(reader, childFolder(top, 'shared'));

  const authorities = authorityData
    .map((authority) => ({
      ...authority,
      purposes: purposes.filter((purpose) => purpose.authority === authority.slug).sort(byOrderThenTitle),
    }))
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'da'));

  if (authoritySlugs.size === 0) {
    reader.problems.push({ file: `${label}/authorities`, field: '', message: 'holds no authority; add at least one' });
  }
  reader.problems.push(
    ...routeCollisions({ authorities, agreements }).map(
      ({ source, path: address }): ContentProblem => ({
        file: source,
        field: '',
        message: `file name: "${path.basename(source, '.md')}" would take the address ${address}, which the site already uses; choose another name`,
      }),
    ),
    ...checkCrossReferences({ authorities, agreements, rights, topics, markdownFields: reader.markdownFields }),
  );
  if (reader.problems.length > 0 || !rights || !complaint || !topics) throw new ContentError(reader.problems);
  return { authorities, agreements, rights, complaint, topics };
}


/** The project's content folder (content/, or PERSONDATA_CONTENT_DIR), loaded. */
export const loadProjectContent = () => loadContent(contentRoot(), contentLabel);
