import type { ContentProblem } from '../../src/lib/content/errors';
import type { Content } from '../../src/lib/content/load';
import type { AuthorityElement, NoticeElement } from '../../src/lib/content/schema';
import {
  checkAuthorityCompleteness,
  checkCompleteness,
  type NoticeFinding,
} from '../../src/lib/gdpr/completeness';
import { isReviewOverdue, reviewDue } from '../../src/lib/gdpr/review';

export interface NoticeReport {
  authority: string;
  slug: string;
  title: string;
  file: string;
  status: 'complete' | 'gaps' | 'errors';
  errors: NoticeFinding[];
  declaredGaps: { element: NoticeElement; reason: string }[];
  warnings: string[];
  reviewBy: string;
  reviewOverdue: boolean;
}

export interface AuthorityReport {
  slug: string;
  name: string;
  file: string;
  /** Problems with the authority's own file, e.g. contact details neither given nor declared missing. */
  errors: NoticeFinding[];
  declaredGaps: { element: AuthorityElement; reason: string }[];
  notices: NoticeReport[];
}

export interface ContentReport {
  date: string;
  authorities: AuthorityReport[];
  summary: {
    notices: number;
    complete: number;
    withGaps: number;
    withErrors: number;
    reviewsOverdue: number;
    authoritiesWithErrors: number;
  };
}

interface ReportOptions {
  /** Today as YYYY-MM-DD, for overdue reviews. */
  today: string;
  /** Problems found outside the notice itself, e.g. legal fields changed without a change note. */
  extraProblems?: readonly ContentProblem[];
}

/** Per authority and per notice: complete, declared gaps, errors and overdue reviews. Pure. */
export function buildReport(content: Content, { today, extraProblems = [] }: ReportOptions): ContentReport {
  const authorities = content.authorities.map((authority): AuthorityReport => ({
    slug: authority.slug,
    name: authority.name,
    file: authority.file,
    ...checkAuthorityCompleteness(authority),
    notices: authority.purposes.map((purpose): NoticeReport => {
      const result = checkCompleteness(purpose);
      const errors = [
        ...result.errors,
        ...extraProblems
          .filter((problem) => problem.file === purpose.file)
          .map(({ field, message }) => ({ field, message })),
      ];
      const reviewOverdue = isReviewOverdue(purpose, today);
      return {
        authority: authority.slug,
        slug: purpose.slug,
        title: purpose.title,
        file: purpose.file,
        status: errors.length > 0 ? 'errors' : result.declaredGaps.length > 0 ? 'gaps' : 'complete',
        errors,
        declaredGaps: result.declaredGaps,
        warnings: [
          ...result.warnings.map((warning) => warning.message),
          ...(reviewOverdue ? [`review overdue since ${reviewDue(purpose)}`] : []),
        ],
        reviewBy: reviewDue(purpose),
        reviewOverdue,
      };
    }),
  }));
  const notices = authorities.flatMap((authority) => authority.notices);
  const count = (status: NoticeReport['status']) =>
    notices.filter((notice) => notice.status === status).length;
  return {
    date: today,
    authorities,
    summary: {
      notices: notices.length,
      complete: count('complete'),
      withGaps: count('gaps'),
      withErrors: count('errors'),
      reviewsOverdue: notices.filter((notice) => notice.reviewOverdue).length,
      authoritiesWithErrors: authorities.filter((authority) => authority.errors.length > 0).length,
    },
  };
}

const statusLines: Record<NoticeReport['status'], (notice: NoticeReport) => string> = {
  complete: () => 'complete',
  gaps: (notice) =>
    `complete with ${notice.declaredGaps.length} declared ${notice.declaredGaps.length === 1 ? 'gap' : 'gaps'}`,
  errors: (notice) => `${notice.errors.length} ${notice.errors.length === 1 ? 'error' : 'errors'}`,
};

/** The report as plain text for a terminal. */
export function formatReport(report: ContentReport): string {
  const lines = [`Content check of ${report.summary.notices} notices on ${report.date}`];
  for (const authority of report.authorities) {
    lines.push('', `${authority.name} (${authority.file})`);
    for (const error of authority.errors) lines.push(`        error: ${error.field}: ${error.message}`);
    for (const gap of authority.declaredGaps) lines.push(`        gap: ${gap.element}: ${gap.reason}`);
    for (const notice of authority.notices) {
      lines.push(
        `  ${notice.status === 'errors' ? 'ERROR' : 'ok   '} ${notice.file}: ${statusLines[notice.status](notice)}`,
      );
      for (const error of notice.errors) lines.push(`        error: ${error.field}: ${error.message}`);
      for (const gap of notice.declaredGaps) lines.push(`        gap: ${gap.element}: ${gap.reason}`);
      for (const warning of notice.warnings) lines.push(`        warning: ${warning}`);
    }
  }
  const { complete, withGaps, withErrors, reviewsOverdue, authoritiesWithErrors } = report.summary;
  lines.push(
    '',
    `Notices: ${complete} complete, ${withGaps} complete with declared gaps, ${withErrors} with errors; ${reviewsOverdue} overdue for review.`,
    `Authorities with errors: ${authoritiesWithErrors}.`,
  );
  return lines.join('\n');
}
