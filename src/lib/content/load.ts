import path from 'node:path';

import type { z } from 'zod';

import { contentLabel, contentRoot } from '../../config/environment';
import { sourceLanguage } from '../../config/languages';
import { routeCollisions, type RouteSource } from '../../config/routes';
import { dictionaries } from '../../i18n/dictionaries';
import { unionOfRights } from '../gdpr/rights';
import { idOf, noCache, type StepResults } from './check-cache';
import {
  contentFiles,
  contentPath,
  folderOf,
  sharedTexts,
  topLevelEntries,
  type SharedText,
} from './content-files';
import { ContentFolder, pathInside, type UnsavedFile } from './content-folder';
import { checkCrossReferences } from './cross-check';
import { ContentError, isError, type ContentProblem } from './errors';
import { markdownFilesIn, refOf, type ContentFileRef, type FileRef } from './folders';
import { parseMarkdown, renderMarkdownTree } from './markdown';
import { lineInFile, type MarkdownField } from './markdown-field';
import { mergedListLines } from './markdown-lists';
import { removedContent } from './markdown-removed';
import { leftPlaceholders } from './notice-template';
import { parseContentSource, readContentFile, type ParsedBody, type ParsedSource } from './read-file';
import type { DanishSource } from './source-fingerprints';
import { readTranslations } from './translations';
import type { Agreement, Authority, Content, Notice, RenderedMarkdown, TranslationFiles } from './types';
import { validate } from './validate';

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** Collects problems and rendered Markdown while files are read, so every problem is reported at once. */
class Reader {
  readonly problems: ContentProblem[] = [];
  readonly markdownFields: MarkdownField[] = [];
  /** Each parsed file's field-to-line lookup, so problems found later still name their line. */
  private readonly lineLookups = new Map<string, ParsedSource['lineOf']>();
  /**
   * The frontmatter of every file whose YAML could be read: as validated where valid, else as written, so
   * later checks (dates, change notes) tell their problems in the same run as the schema's.
   */
  readonly frontmatter = new Map<string, Record<string, unknown>>();
  /** The Markdown body of every file whose YAML could be read, and the file's line where it begins. */
  readonly bodies = new Map<string, ParsedBody>();
  /** Every Danish file that exists, with its frontmatter and body when it is valid: what translations are checked against. */
  readonly sources = new Map<string, DanishSource | undefined>();

  constructor(
    readonly contentFolder: ContentFolder,
    readonly cache: StepResults,
  ) {}

  report(file: string, message: string, field = '') {
    this.problems.push({ file, field, message });
  }

  parse<Schema extends z.ZodType>(schema: Schema, ref: FileRef, unknownField?: string) {
    // A file that exists counts as a source even when broken: its translation is then not reported too.
    if (this.contentFolder.exists(ref.path)) this.sources.set(ref.file, undefined);
    const parsed = readContentFile(this.contentFolder, ref.path, (source, file) =>
      this.cache.get('parse', `${file}\0${source}`, () => parseContentSource(source, file)),
    );
    if (!parsed.ok) {
      this.problems.push(parsed.problem);
      // The body is checked all the same, so its mistakes come in the same run as the frontmatter's.
      if (parsed.parsedBody)
        this.markdown(parsed.parsedBody.body, ref.file, 'body', parsed.parsedBody.bodyLine);
      return undefined;
    }
    this.lineLookups.set(ref.file, parsed.lineOf);
    this.problems.push(...parsed.problems);
    if (isRecord(parsed.data)) this.frontmatter.set(ref.file, parsed.data);
    this.bodies.set(ref.file, { body: parsed.body, bodyLine: parsed.bodyLine });
    const validated = this.cache.derive(parsed, `validate\0${idOf(schema)}\0${unknownField}`, () =>
      validate(schema, parsed.data, ref.file, unknownField),
    );
    if (!validated.ok) {
      this.problems.push(...validated.problems);
      this.brokenFileBody(parsed, ref.file);
      return undefined;
    }
    this.sources.set(ref.file, { data: validated.data as Record<string, unknown>, body: parsed.body });
    this.frontmatter.set(ref.file, validated.data as Record<string, unknown>);
    const body = this.markdown(parsed.body, ref.file, 'body', parsed.bodyLine);
    return { data: validated.data, body, bodySource: parsed.body, bodyLine: parsed.bodyLine };
  }

  /** Checks the body of a file whose frontmatter has an error, so its mistakes are told in the same run. */
  private brokenFileBody({ body, bodyLine }: ParsedBody, file: string) {
    this.markdown(body, file, 'body', bodyLine, true);
  }

  /** Renders Markdown found in `field` of `file`, whose first line is the file's line `firstLine`. */
  markdown(
    source: string,
    file: string,
    field: string,
    firstLine = this.lineOf(file, field) ?? 1,
    inBrokenFile = false,
  ): RenderedMarkdown {
    const { rendered, findings } = this.cache.get('markdown', source, () => {
      const tree = parseMarkdown(source);
      return {
        rendered: renderMarkdownTree(tree),
        findings: [...removedContent(tree), ...mergedListLines(tree, source)],
      };
    });
    const markdown: MarkdownField = {
      file,
      field,
      rendered,
      firstLine,
      ...(inBrokenFile && { inBrokenFile }),
    };
    this.markdownFields.push(markdown);
    for (const { line, message, warning } of findings) {
      this.problems.push({
        file,
        line: lineInFile(markdown, line),
        field,
        message,
        ...(warning && { warning }),
      });
    }
    return markdown.rendered;
  }

  lineOf(file: string, field: string) {
    return field ? this.lineLookups.get(file)?.(field) : undefined;
  }

  /** Every problem, each with the line of its field where the file has one and the problem names none. */
  located(): ContentProblem[] {
    return this.problems.map((problem) =>
      problem.line !== undefined ? problem : { ...problem, line: this.lineOf(problem.file, problem.field) },
    );
  }
}

/** The notices of every authority folder that names an authority file, valid or not. */
function loadNotices(reader: Reader, authoritySlugs: Set<string>) {
  const { contentFolder } = reader;
  const notices: Notice[] = [];
  const refs: (ContentFileRef & { authority: string })[] = [];
  const { folder: noticesFolder } = contentFiles.purpose;
  for (const name of contentFolder.entries(noticesFolder)) {
    const folder = pathInside(noticesFolder, name);
    if (!contentFolder.isFolder(folder)) {
      reader.report(
        contentFolder.labelOf(folder),
        `meddelelser skal ligge i en mappe med myndighedens navn, fx ${contentFolder.labelOf(folderOf('purpose', { authority: 'udlaendingestyrelsen' }))}/. Flyt filen derind`,
      );
      continue;
    }
    if (!authoritySlugs.has(name)) {
      reader.report(
        contentFolder.labelOf(folder),
        `mappen har ikke navn efter en myndighed. Navnet skal svare til en fil i ${contentFolder.labelOf(folderOf('authority'))} (${[...authoritySlugs].join(', ')})`,
      );
      continue;
    }
    for (const ref of markdownFilesIn(
      contentFolder,
      folderOf('purpose', { authority: name }),
      reader.problems,
    )) {
      refs.push({ ...ref, authority: name });
      const parsed = reader.parse(contentFiles.purpose.schema, ref);
      if (!parsed) continue;
      for (const { field, bodyLine, message } of leftPlaceholders(parsed.data, parsed.bodySource)) {
        const line = bodyLine === undefined ? undefined : parsed.bodyLine + bodyLine - 1;
        reader.problems.push({ file: ref.file, line, field, message });
      }
      notices.push({
        ...parsed.data,
        slug: ref.slug,
        file: ref.file,
        absolutePath: ref.absolutePath,
        authority: name,
        body: parsed.body,
      });
    }
  }
  return { notices, refs };
}

/** The authorities that validate, and the files of all authorities, valid or not. */
function loadAuthorities(reader: Reader) {
  const authorities: Omit<Authority, 'notices' | 'requestableRights'>[] = [];
  const refs = markdownFilesIn(reader.contentFolder, folderOf('authority'), reader.problems);
  for (const ref of refs) {
    const parsed = reader.parse(contentFiles.authority.schema, ref);
    if (!parsed) continue;
    const advice = reader.markdown(parsed.data.identificationAdvice, ref.file, 'identificationAdvice');
    authorities.push({
      ...parsed.data,
      nameForms: dictionaries[sourceLanguage].nameForms(parsed.data),
      slug: ref.slug,
      file: ref.file,
      intro: parsed.body,
      identificationAdviceHtml: advice.html,
    });
  }
  return { authorities, refs };
}

function loadAgreements(reader: Reader) {
  const refs = markdownFilesIn(reader.contentFolder, folderOf('agreement'), reader.problems);
  const agreements = refs.flatMap((ref): Agreement[] => {
    const parsed = reader.parse(contentFiles.agreement.schema, ref);
    return parsed ? [{ ...parsed.data, slug: ref.slug, file: ref.file, body: parsed.body }] : [];
  });
  return { agreements, refs };
}

/** Reports anything in the shared texts' folder that is none of them. */
function checkSharedFolder(reader: Reader) {
  const { contentFolder } = reader;
  for (const folder of new Set(sharedTexts.map((kind) => contentFiles[kind].folder))) {
    const expected: string[] = sharedTexts.flatMap((kind) =>
      contentFiles[kind].folder === folder ? [contentFiles[kind].name] : [],
    );
    for (const name of contentFolder.entries(folder)) {
      if (!expected.includes(name)) {
        reader.report(
          contentFolder.labelOf(pathInside(folder, name)),
          `er ikke en af de fælles tekster. Mappen må kun indeholde ${expected.join(', ')}; flyt eller slet filen`,
        );
      }
    }
  }
}

function loadShared(reader: Reader) {
  checkSharedFolder(reader);
  const refFor = (kind: SharedText) => refOf(reader.contentFolder, contentPath(kind));
  const rightsRef = refFor('rights');
  const parsedRights = reader.parse(contentFiles.rights.schema, rightsRef);
  const rights = parsedRights && {
    ...parsedRights.data,
    file: rightsRef.file,
    body: parsedRights.body,
    rights: parsedRights.data.rights.map((right, index) => ({
      ...right,
      explanationHtml: reader.markdown(right.explanation, rightsRef.file, `rights[${index}].explanation`)
        .html,
    })),
  };
  const complaintRef = refFor('complaint');
  const parsedComplaint = reader.parse(contentFiles.complaint.schema, complaintRef);
  const complaint = parsedComplaint && {
    ...parsedComplaint.data,
    supervisoryAuthority: {
      ...parsedComplaint.data.supervisoryAuthority,
      nameForms: dictionaries[sourceLanguage].nameForms(parsedComplaint.data.supervisoryAuthority),
    },
    file: complaintRef.file,
    body: parsedComplaint.body,
  };
  const topicsRef = refFor('topics');
  const parsedTopics = reader.parse(contentFiles.topics.schema, topicsRef);
  const topics = parsedTopics && { ...parsedTopics.data, file: topicsRef.file, body: parsedTopics.body };
  const situationsRef = refFor('situations');
  const parsedSituations = reader.parse(contentFiles.situations.schema, situationsRef);
  const situations = parsedSituations && {
    ...parsedSituations.data,
    file: situationsRef.file,
    body: parsedSituations.body,
  };
  return { rights, complaint, topics, situations };
}

const structuredFactMessage =
  'er ikke et felt, en oversættelse kan have: faste oplysninger som artikler, typer, datoer og adresser står kun i den danske fil. Slet feltet fra oversættelsen';

const byOrderThenTitle = (a: { order: number; title: string }, b: { order: number; title: string }) =>
  a.order - b.order || a.title.localeCompare(b.title, 'da');

/** A notice file as read: where it is, its frontmatter (see ContentReading.noticeFiles) and its body. */
export interface NoticeFile extends ParsedBody {
  file: string;
  absolutePath: string;
  frontmatter: Record<string, unknown>;
}

export interface ContentReading {
  /**
   * The site as far as its files are valid: a file with an error is left out, and so are the notices of an
   * authority whose file has one. Undefined when a shared text every page needs has an error.
   */
  content: Content | undefined;
  /** Every problem of every file, errors and warnings, each once. */
  problems: ContentProblem[];
  /** Every authority and notice whose own file is valid, also those `content` leaves out, for later checks. */
  valid: { authorities: Authority[]; notices: Notice[] };
  /**
   * Every notice file whose frontmatter could be read, valid or not, with that frontmatter: as validated
   * where valid, else as written. Checks that need no valid file (dates, change notes) read these.
   */
  noticeFiles: NoticeFile[];
  /** The line of a field in a file that was read, for problems found by later checks. */
  lineOf: (file: string, field: string) => number | undefined;
  /** Every translation file of a Danish file, valid or not: how far each file is translated. */
  translationFiles: TranslationFiles;
}

export interface ReadOptions {
  /** The languages translations may be in; those of src/config/languages.ts unless given. */
  languages?: readonly string[];
  /** Files read as if they were written, the folder untouched (the web editor's preview and save). */
  unsaved?: readonly UnsavedFile[];
  /** Results of earlier reads to reuse where a file's text is the same (see CheckCache); none by default. */
  cache?: StepResults;
}

/**
 * Reads, validates and cross-checks every file under the content folder `root`, named `label` in
 * messages. A mistake in one file is reported against that file only: cross-checks count every file that
 * exists, valid or not, so a broken authority causes no errors in the notices and links that name it.
 */
export function readContent(
  root: string,
  label = 'content',
  { languages, unsaved, cache = noCache }: ReadOptions = {},
): ContentReading {
  const contentFolder = new ContentFolder(root, label, unsaved);
  const reader = new Reader(contentFolder, cache);
  const entries = contentFolder.entries('');
  if (entries.length === 0) {
    const problems = [{ file: label, field: '', message: 'indholdsmappen mangler eller er tom' }];
    return {
      content: undefined,
      problems,
      valid: { authorities: [], notices: [] },
      noticeFiles: [],
      lineOf: () => undefined,
      translationFiles: {},
    };
  }
  for (const name of entries) {
    if (!topLevelEntries.includes(name)) {
      reader.report(
        contentFolder.labelOf(name),
        `hører ikke til her. Indholdsmappen rummer kun ${topLevelEntries.join(', ')}; flyt eller slet den`,
      );
    }
  }

  const { authorities: authorityData, refs: authorityRefs } = loadAuthorities(reader);
  const authoritySlugs = new Set(authorityRefs.map((ref) => ref.slug));
  const { notices, refs: noticeRefs } = loadNotices(reader, authoritySlugs);
  const { agreements, refs: agreementRefs } = loadAgreements(reader);
  const { rights, complaint, topics, situations } = loadShared(reader);
  const { translations, files: translationFiles } = readTranslations(
    {
      report: (problem) => reader.problems.push(problem),
      parse: (schema, ref, unknownField = structuredFactMessage) => reader.parse(schema, ref, unknownField),
    },
    contentFolder,
    { exists: (file) => reader.sources.has(file), validSource: (file) => reader.sources.get(file) },
    languages,
    cache,
  );

  const authorities = authorityData
    .map((authority) => {
      const own = notices.filter((notice) => notice.authority === authority.slug).sort(byOrderThenTitle);
      return { ...authority, notices: own, requestableRights: unionOfRights(own) };
    })
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'da'));

  if (authoritySlugs.size === 0)
    reader.report(
      contentFolder.labelOf(folderOf('authority')),
      'der er ingen myndigheder. Tilføj mindst én fil',
    );
  // Every file that exists takes its address, valid or not: a broken file must not make links to it dead.
  const everyFile: RouteSource = {
    authorities: authorityRefs.map((ref) => ({
      ...ref,
      notices: noticeRefs.filter((notice) => notice.authority === ref.slug),
      requestableRights: authorities.find((authority) => authority.slug === ref.slug)?.requestableRights,
    })),
    agreements: agreementRefs,
  };
  for (const { source, path: address } of routeCollisions(everyFile)) {
    reader.report(
      source,
      `filnavnet "${path.basename(source, '.md')}" ville give adressen ${address}, som siden allerede bruger. Giv filen et andet navn`,
    );
  }
  reader.problems.push(
    ...checkCrossReferences({
      everyFile,
      authorities,
      agreements,
      rights,
      topics,
      situations,
      complaint,
      markdownFields: reader.markdownFields,
    }),
  );
  const content =
    rights && complaint && topics && situations
      ? { authorities, translations, agreements, rights, complaint, topics, situations }
      : undefined;
  return {
    content,
    problems: reader.located(),
    valid: { authorities, notices },
    noticeFiles: noticeRefs.flatMap(({ file, absolutePath }) => {
      const frontmatter = reader.frontmatter.get(file);
      const body = reader.bodies.get(file);
      return frontmatter && body ? [{ file, absolutePath, frontmatter, ...body }] : [];
    }),
    lineOf: (file, field) => reader.lineOf(file, field),
    translationFiles,
  };
}

/** Reads a content folder for publication: throws one ContentError listing every problem if any is an error. */
export function loadContent(root: string, label = 'content'): Content {
  const { content, problems } = readContent(root, label);
  if (!content || problems.some(isError)) throw new ContentError(problems);
  return content;
}

/** The project's content folder (content/, or PERSONDATA_CONTENT_DIR), read as far as it is valid. */
export const readProjectContent = () => readContent(contentRoot(), contentLabel);

/** The project's content folder, loaded for publication. */
export const loadProjectContent = () => loadContent(contentRoot(), contentLabel);
