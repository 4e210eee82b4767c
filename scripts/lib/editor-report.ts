import { da } from '../../src/i18n/dictionaries/da';
import type { ContentCheck } from '../../src/lib/content/check';
import { contentPath, folderOf } from '../../src/lib/content/content-files';
import { isError, type ContentProblem } from '../../src/lib/content/errors';
import { describeField, fieldNames } from '../../src/lib/content/field-names';
import type { AuthorityElement, NoticeElement } from '../../src/lib/content/schema';
import type { Authority } from '../../src/lib/content/types';
import { checkAuthorityCompleteness, checkCompleteness } from '../../src/lib/gdpr/completeness';
import { isReviewOverdue } from '../../src/lib/gdpr/review';
import { noticeStatus, type NoticeStatus } from '../../src/lib/notice-status';
import {
  translationStatus,
  type TranslationCount,
  type UntranslatedFile,
} from './editor-report-translations';

/** One problem as `--json` gives it. */
export interface ReportedProblem {
  file: string;
  line?: number;
  field: string;
  /** The field as the text report names it, with its Danish words: "retention (opbevaring), period (periode)". */
  fieldInDanish: string;
  message: string;
  severity: 'error' | 'warning';
}

/** An element a file declares in knownGaps: the page says openly, with the reason, that it is not published. */
export interface DeclaredGap {
  file: string;
  element: NoticeElement | AuthorityElement;
  /** "retention (opbevaringsperiode)". */
  elementInDanish: string;
  reason: string;
}

/** An authority's notices by state; a notice with errors counts there, whatever else it has. */
export interface AuthoritySummary {
  slug: string;
  name: string;
  file: string;
  notices: number;
  complete: number;
  withGaps: number;
  withErrors: number;
  reviewOverdue: number;
  /** Per translation language, how far the same notices are translated. */
  translations: TranslationCount[];
}

export interface ContentReport {
  date: string;
  /** The files (or folders) the report is limited to, as given; absent when it covers all the content. */
  files?: string[];
  errors: number;
  warnings: number;
  /** Errors in files outside `files`: they stop publication too. */
  errorsElsewhere: number;
  /** One line in Danish: may the content be published, and if not, what stops it. */
  verdict: string;
  problems: ReportedProblem[];
  authorities: AuthoritySummary[];
  declaredGaps: DeclaredGap[];
  /** Per translation language, how far the other files (authorities, agreements, shared texts) are translated. */
  otherFileTranslations: TranslationCount[];
  /** Every file whose translation is out of date or missing, per language: notices first, then the other files. */
  untranslated: UntranslatedFile[];
  /** Which version the change notes were compared with, or why they were not checked, in Danish. */
  changeNotes?: string;
}

export interface ReportOptions {
  /** Today as YYYY-MM-DD, for overdue reviews. */
  today: string;
  /** Report on these files or folders only, as problems name them (content/…); all when absent. */
  files?: readonly string[];
  /** What the change notes were compared with (checkProjectContent's changeNotes), for --verbose. */
  changeNotes?: string;
}

/** "1 fejl", "2 advarsler". */
export const countOf = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "retention (opbevaringsperiode)": an element as knownGaps names it, with the Danish word. */
function describeElement(element: NoticeElement | AuthorityElement): string {
  const danish =
    element in da.noticeElements ? da.noticeElements[element as NoticeElement] : fieldNames[element];
  return `${element} (${danish})`;
}

function verdictOf({
  errors,
  warnings,
  errorsElsewhere,
}: Pick<ContentReport, 'errors' | 'warnings' | 'errorsElsewhere'>) {
  const elsewhere = `${countOf(errorsElsewhere, 'fejl', 'fejl')} i andre filer`;
  if (errors > 0)
    return `${countOf(errors, 'fejl', 'fejl')} skal rettes${errorsElsewhere > 0 ? ` (og ${elsewhere})` : ''}, før indholdet kan offentliggøres.`;
  if (errorsElsewhere > 0)
    return `Ingen fejl i de valgte filer, men ${elsewhere} skal rettes, før indholdet kan offentliggøres. Se dem med npm run check:content.`;
  if (warnings > 0)
    return `Ingen fejl: indholdet kan offentliggøres. Se på ${warnings === 1 ? 'advarslen' : `de ${warnings} advarsler`} ovenfor.`;
  return 'Alt i orden: indholdet kan offentliggøres.';
}

/** The files of the authority's notices among the selected files, valid or not. */
function noticeFilesOf(
  authority: Authority,
  problems: readonly ContentProblem[],
  selected: (file: string) => boolean,
): string[] {
  const folder = authority.file.replace(
    contentPath('authority', { slug: authority.slug }),
    `${folderOf('purpose', { authority: authority.slug })}/`,
  );
  const invalid = problems
    .map((problem) => problem.file)
    .filter((file) => file.startsWith(folder) && file.endsWith('.md'));
  return [...new Set([...authority.notices.map((notice) => notice.file), ...invalid])].filter(selected);
}

/** The authority's notices among the selected files, valid or not, counted by state and by translation. */
function summarise(
  authority: Authority,
  problems: readonly ContentProblem[],
  { today, selected, translations }: SummaryOptions,
): AuthoritySummary {
  const notices = authority.notices.filter((notice) => selected(notice.file));
  const files = noticeFilesOf(authority, problems, selected);
  // The same status the preview's editor bar shows for each notice.
  const states = files.map(
    (file) =>
      noticeStatus(
        notices.find((candidate) => candidate.file === file),
        problems.filter((problem) => problem.file === file && isError(problem)).length,
        today,
      ).state,
  );
  const count = (state: NoticeStatus['state']) => states.filter((candidate) => candidate === state).length;
  return {
    slug: authority.slug,
    name: authority.name,
    file: authority.file,
    notices: files.length,
    complete: count('complete'),
    withGaps: count('declaredGaps'),
    withErrors: count('errors'),
    reviewOverdue: notices.filter((notice) => isReviewOverdue(notice, today)).length,
    translations: translations.count(files),
  };
}

interface SummaryOptions {
  today: string;
  selected: (file: string) => boolean;
  translations: ReturnType<typeof translationStatus>;
}

function declaredGapsOf(authority: Authority): DeclaredGap[] {
  const gapsIn = (
    file: string,
    gaps: readonly { element: NoticeElement | AuthorityElement; reason: string }[],
  ) =>
    gaps.map(({ element, reason }) => ({ file, element, elementInDanish: describeElement(element), reason }));
  return [
    ...gapsIn(authority.file, checkAuthorityCompleteness(authority).declaredGaps),
    ...authority.notices.flatMap((notice) => gapsIn(notice.file, checkCompleteness(notice).declaredGaps)),
  ];
}

/** The authorities, agreements and shared texts that were read: the files besides the notices. */
const otherFilesOf = (content: ContentCheck['content']) =>
  content
    ? [
        ...content.authorities.map((authority) => authority.file),
        ...content.agreements.map((agreement) => agreement.file),
        ...[content.rights, content.complaint, content.topics].map((shared) => shared.file),
      ]
    : [];

/**
 * The report on a content check, limited to `files` if given: problems, a summary per authority with its
 * translations, the files whose translation is out of date or missing, and a verdict. Pure.
 */
export function buildReport(
  check: ContentCheck,
  { today, files, changeNotes }: ReportOptions,
): ContentReport {
  const { content, problems } = check;
  const selected = (file: string) =>
    !files || files.some((chosen) => file === chosen || file.startsWith(`${chosen}/`));
  const reported = problems.filter((problem) => selected(problem.file));
  const errors = reported.filter(isError).length;
  const counts = {
    errors,
    warnings: reported.length - errors,
    errorsElsewhere: problems.filter(isError).length - errors,
  };
  const authorities = content?.authorities ?? [];
  const translations = translationStatus(check);
  const noticeFiles = authorities.flatMap((authority) => noticeFilesOf(authority, problems, selected));
  const otherFiles = otherFilesOf(content).filter(selected);
  return {
    date: today,
    ...(files && { files: [...files] }),
    ...counts,
    verdict: verdictOf(counts),
    problems: reported.map(({ file, line, field, message, warning }) => ({
      file,
      ...(line !== undefined && { line }),
      field,
      fieldInDanish: describeField(field),
      message,
      severity: warning ? 'warning' : 'error',
    })),
    authorities: authorities
      .map((authority) => summarise(authority, problems, { today, selected, translations }))
      .filter((summary, index) => summary.notices > 0 || selected(authorities[index]!.file)),
    declaredGaps: authorities.flatMap(declaredGapsOf).filter((gap) => selected(gap.file)),
    otherFileTranslations: translations.count(otherFiles),
    untranslated: translations.untranslated([
      ...noticeFiles.map((file) => ({ file, kind: 'notice' as const })),
      ...otherFiles.map((file) => ({ file, kind: 'other' as const })),
    ]),
    ...(changeNotes && { changeNotes }),
  };
}
