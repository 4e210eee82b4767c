/**
 * The content check: every problem of every file in one run, for the terminal (npm run check:content,
 * which the build runs) and the development preview alike. Server only: it reads the disk and git.
 */
import { contentLabel, contentRoot } from '../../config/environment';
import { sourceLanguage } from '../../config/languages';
import { da } from '../../i18n/dictionaries/da';
import { today } from '../dates';
import { checkAuthorityCompleteness, checkCompleteness } from '../gdpr/completeness';
import { isReviewOverdue, reviewDue } from '../gdpr/review';
import { noCache, type StepResults } from './check-cache';
import type { UnsavedFile } from './content-folder';
import { implausibleDates } from './dates-in-range';
import { isError, type ContentProblem } from './errors';
import { parseFieldPath } from './field-names';
import { checkChangeHistory, publishedNotice } from './history';
import { readContent, type NoticeFile } from './load';
import { openingFields, readabilityWarnings, type OpeningTexts } from './plain-language';
import { publishedVersionOf } from './published-version';
import type { NoticeData } from './schema';
import { staleProse } from './stale-prose';
import type { Authority, Content, Notice, TranslationFiles, Translations } from './types';

export interface CheckOptions {
  /** Today as YYYY-MM-DD: a review due before it is overdue; no change or review may be after it. */
  today: string;
  /** A notice's text as published, undefined where it is new; without it, change notes are not checked. */
  publishedVersion?: (file: string, absolutePath: string) => string | undefined;
  /**
   * Files checked as if they were written, the folder itself untouched (the web editor's preview and save):
   * every rule, across files too, sees them; messages and change notes name the files of the folder.
   */
  unsaved?: readonly UnsavedFile[];
  /**
   * Results of earlier checks to reuse where a file's text is the same: the web editor keeps one while it
   * runs, so a draft's check repeats only the work for the draft (see CheckCache). None by default.
   */
  cache?: StepResults;
}

export interface ContentCheck {
  /** The site as far as its files are valid (see readContent). */
  content: Content | undefined;
  /** Every problem of every file, each once, with its line: errors, and warnings marked `warning`. */
  problems: ContentProblem[];
  /** Every translation file of a Danish file, valid or not (see readContent). */
  translationFiles: TranslationFiles;
}

function authorityProblems(authority: Authority): ContentProblem[] {
  return checkAuthorityCompleteness(authority).errors.map((finding) => ({
    file: authority.file,
    ...finding,
  }));
}

function overdueReview(notice: Notice): Omit<ContentProblem, 'file'> {
  if (notice.reviewBy)
    return {
      field: 'reviewBy',
      message: `skulle være gennemgået senest ${da.formatDate(notice.reviewBy)}. Gennemgå oplysningerne, sæt lastReviewed til dagens dato, og ret eller slet reviewBy`,
    };
  return {
    field: 'lastReviewed',
    message: `skulle være gennemgået igen senest ${da.formatDate(reviewDue(notice))}, 12 måneder efter sidste gennemgang. Gennemgå oplysningerne, og sæt lastReviewed til dagens dato`,
  };
}

/** What the notice lacks under GDPR art. 13 and 14, and the warnings on its legal basis and rights. */
function completenessProblems(file: string, notice: NoticeData): ContentProblem[] {
  const { errors, warnings } = checkCompleteness(notice);
  return [
    ...errors.map((finding) => ({ file, ...finding })),
    ...warnings.map((finding) => ({ file, ...finding, warning: true })),
  ];
}

/** The notice's completeness, and whether its review is overdue unless its review dates are themselves wrong. */
function noticeProblems(notice: Notice, today: string, reviewDatesWrong: boolean): ContentProblem[] {
  const overdue = !reviewDatesWrong && isReviewOverdue(notice, today);
  return [
    ...completenessProblems(notice.file, notice),
    ...(overdue ? [{ file: notice.file, ...overdueReview(notice), warning: true }] : []),
  ];
}

/**
 * The fields of a notice the completeness rules never read: a notice whose errors all lie in these (a
 * wrong date, a heading in the body) is checked for completeness in the same run. Listed rather than those
 * read, so a field added later keeps a notice with an error in it out until it is added here.
 */
const outsideCompleteness = new Set([
  'title',
  'summary',
  'order',
  'topic',
  'searchWords',
  'purpose',
  'dataSubjects',
  'statutes',
  'sourceNotes',
  'lastReviewed',
  'reviewBy',
  'changes',
  'body',
]);

/** The notices with errors whose fields read for completeness are all valid, as the completeness rules see them. */
function partlyValidNotices(
  noticeFiles: readonly NoticeFile[],
  valid: readonly Notice[],
  problems: readonly ContentProblem[],
) {
  const validFiles = new Set(valid.map((notice) => notice.file));
  return noticeFiles.filter(
    ({ file }) =>
      !validFiles.has(file) &&
      problems
        .filter((problem) => problem.file === file && isError(problem))
        .every((problem) => outsideCompleteness.has(String(parseFieldPath(problem.field)[0] ?? ''))),
  );
}

/** The notice's opening texts that read far above the target, in Danish and in each translation. */
function readabilityProblems(
  notice: Notice,
  translations: Translations,
  cache: StepResults,
): ContentProblem[] {
  const translated = Object.values(translations).flatMap((byFile) => byFile[notice.file] ?? []);
  const warnings = (file: string, language: string, texts: OpeningTexts) => {
    const measured = openingFields.map((field) => texts[field]);
    return cache.get('readability', JSON.stringify([file, language, measured]), () =>
      readabilityWarnings(file, language, texts),
    );
  };
  return [
    ...warnings(notice.file, sourceLanguage, notice),
    ...translated.flatMap(({ file, language, words }) => warnings(file, language, words)),
  ];
}

const byFileThenLine = (a: ContentProblem, b: ContentProblem) =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);

/**
 * Checks the content folder `root`, named `label` in messages: the loader's problems (YAML, schema,
 * folders, links), the completeness of each valid notice and authority, overdue reviews, opening texts
 * hard to read (in every language), and, for every notice whose frontmatter could be read, valid or not,
 * dates out of range, and against `publishedVersion` missing change notes and prose still stating a fact
 * that changed. Sorted by file, then line.
 */
export function checkContent(
  root: string,
  label: string,
  { today, publishedVersion, unsaved, cache = noCache }: CheckOptions,
): ContentCheck {
  cache.beginCheck();
  const { content, problems, valid, noticeFiles, lineOf, translationFiles } = readContent(root, label, {
    unsaved,
    cache,
  });
  // The change notes and the stale prose both compare with the published notice: read and parse it once.
  const publishedTexts = new Map<string, string | undefined>();
  const published =
    publishedVersion &&
    ((notice: { file: string; absolutePath: string }) => {
      const { file, absolutePath } = notice;
      if (!publishedTexts.has(file)) publishedTexts.set(file, publishedVersion(file, absolutePath));
      const text = publishedTexts.get(file);
      return text === undefined
        ? undefined
        : cache.get('published notice', `${file}\0${text}`, () => publishedNotice(notice, () => text));
    });
  const datesOutOfRange = noticeFiles.flatMap(({ file, frontmatter }) =>
    implausibleDates(frontmatter, today).map((problem) => ({ file, ...problem })),
  );
  const reviewDatesWrong = new Set(
    datesOutOfRange.filter(({ field }) => !field.startsWith('changes')).map(({ file }) => file),
  );
  const found = [
    ...problems,
    ...datesOutOfRange,
    ...valid.authorities.flatMap(authorityProblems),
    ...valid.notices.flatMap((notice) => noticeProblems(notice, today, reviewDatesWrong.has(notice.file))),
    ...partlyValidNotices(noticeFiles, valid.notices, problems).flatMap(({ file, frontmatter }) =>
      completenessProblems(file, frontmatter as NoticeData),
    ),
    ...valid.notices.flatMap((notice) => readabilityProblems(notice, content?.translations ?? {}, cache)),
    ...(published
      ? checkChangeHistory(
          noticeFiles.map(({ file, absolutePath, frontmatter }) => ({ ...frontmatter, file, absolutePath })),
          published,
        )
      : []),
    ...(published
      ? noticeFiles.flatMap((notice) => {
          const previous = published(notice);
          return previous ? staleProse(notice, previous) : [];
        })
      : []),
  ];
  const located = found.map((problem) => {
    const line = problem.line ?? lineOf(problem.file, problem.field);
    return line === undefined ? problem : { ...problem, line };
  });
  return { content, problems: located.sort(byFileThenLine), translationFiles };
}

export interface ProjectContentCheck extends ContentCheck {
  /** Which version the change notes were compared with, or why they were not checked, in Danish. */
  changeNotes: string;
}

/**
 * The content folder `root`, named `label` in messages, checked today against its published version in git:
 * `publishedRef`, or by default PERSONDATA_PUBLISHED_REF or the main branch (see publishedVersionOf), with
 * the `unsaved` files read as if written.
 */
export function checkAgainstPublished(
  root: string,
  label: string,
  {
    unsaved = [],
    publishedRef,
    cache = noCache,
  }: Pick<CheckOptions, 'unsaved' | 'cache'> & { publishedRef?: string } = {},
): ProjectContentCheck {
  const { read, commit, description } = publishedVersionOf(root, publishedRef);
  // A file's text in a commit never changes: kept by the commit's id, it is read from git once.
  const publishedVersion =
    read &&
    ((file: string, absolutePath: string) =>
      cache.get('published text', `${commit}\0${absolutePath}`, () => read(file, absolutePath)));
  const options = { today: today(), publishedVersion, unsaved, cache };
  return { ...checkContent(root, label, options), changeNotes: description };
}

/** The project's content folder, checked today against the published version in git (see checkAgainstPublished). */
export const checkProjectContent = (
  unsaved: readonly UnsavedFile[] = [],
  cache?: StepResults,
): ProjectContentCheck => checkAgainstPublished(contentRoot(), contentLabel, { unsaved, cache });
