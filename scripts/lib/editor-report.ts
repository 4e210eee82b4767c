import { da } from '../../src/i18n/dictionaries/da';
import type { ContentCheck } from '../../src/lib/content/check';
import { isError, type ContentProblem } from '../../src/lib/content/errors';
import { describeField, fieldNames } from '../../src/lib/content/field-names';
import type { Authority } from '../../src/lib/content/load';
import type { AuthorityElement, NoticeElement } from '../../src/lib/content/schema';
import { checkAuthorityCompleteness, checkCompleteness } from '../../src/lib/gdpr/completeness';
import { isReviewOverdue } from '../../src/lib/gdpr/review';

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

/** The authority's notices among the selected files, valid or not, counted by state. */
function summarise(
  authority: Authority,
  problems: readonly ContentProblem[],
  today: string,
  selected: (file: string) => boolean,
): AuthoritySummary {
  const folder = authority.file.replace(/authorities\/[^/]+$/, `purposes/${authority.slug}/`);
  const invalid = problems
    .map((problem) => problem.file)
    .filter((file) => file.startsWith(folder) && file.endsWith('.md'));
  const notices = authority.purposes.filter((notice) => selected(notice.file));
  const files = [...new Set([...authority.purposes.map((notice) => notice.file), ...invalid])].filter(
    selected,
  );
  const stateOf = (file: string) => {
    if (problems.some((problem) => problem.file === file && isError(problem))) return 'errors';
    const notice = notices.find((candidate) => candidate.file === file);
    return notice && checkCompleteness(notice).declaredGaps.length > 0 ? 'gaps' : 'complete';
  };
  const states = files.map(stateOf);
  const count = (state: ReturnType<typeof stateOf>) =>
    states.filter((candidate) => candidate === state).length;
  return {
    slug: authority.slug,
    name: authority.name,
    file: authority.file,
    notices: files.length,
    complete: count('complete'),
    withGaps: count('gaps'),
    withErrors: count('errors'),
    reviewOverdue: notices.filter((notice) => isReviewOverdue(notice, today)).length,
  };
}

function declaredGapsOf(authority: Authority): DeclaredGap[] {
  const gapsIn = (
    file: string,
    gaps: readonly { element: NoticeElement | AuthorityElement; reason: string }[],
  ) =>
    gaps.map(({ element, reason }) => ({ file, element, elementInDanish: describeElement(element), reason }));
  return [
    ...gapsIn(authority.file, checkAuthorityCompleteness(authority).declaredGaps),
    ...authority.purposes.flatMap((notice) => gapsIn(notice.file, checkCompleteness(notice).declaredGaps)),
  ];
}

/** The report on a content check, limited to `files` if given: problems, a summary per authority, a verdict. Pure. */
export function buildReport(
  { content, problems }: ContentCheck,
  { today, files, changeNotes }: ReportOptions,
): ContentReport {
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
      .map((authority) => summarise(authority, problems, today, selected))
      .filter((summary, index) => summary.notices > 0 || selected(authorities[index]!.file)),
    declaredGaps: authorities.flatMap(declaredGapsOf).filter((gap) => selected(gap.file)),
    ...(changeNotes && { changeNotes }),
  };
}
