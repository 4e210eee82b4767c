import type { NoticeData } from '../content/schema';
import { newestDate, yearAfter } from '../dates';

/** The date a notice must be reviewed again: reviewBy, or 12 months after lastReviewed. */
export function reviewDue({ lastReviewed, reviewBy }: Pick<NoticeData, 'lastReviewed' | 'reviewBy'>): string {
  return reviewBy ?? yearAfter(lastReviewed);
}

export function isReviewOverdue(
  notice: Pick<NoticeData, 'lastReviewed' | 'reviewBy'>,
  today: string,
): boolean {
  return reviewDue(notice) < today;
}

/** The newest change, which the page shows as "Senest opdateret". */
export function lastUpdated({ changes }: Pick<NoticeData, 'changes'>): string {
  return newestDate(changes.map((change) => change.date)) ?? '';
}
