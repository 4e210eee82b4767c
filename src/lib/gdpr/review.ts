import { newestDate } from '../changes';
import type { PurposeData } from '../content/schema';

/** The date a notice must be reviewed again: reviewBy, or 12 months after lastReviewed. */
export function reviewDue({
  lastReviewed,
  reviewBy,
}: Pick<PurposeData, 'lastReviewed' | 'reviewBy'>): string {
  if (reviewBy) return reviewBy;
  const date = new Date(`${lastReviewed}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  // 29 February plus a year rolls over to 1 March, which is still "12 months later".
  return date.toISOString().slice(0, 10);
}

export function isReviewOverdue(
  notice: Pick<PurposeData, 'lastReviewed' | 'reviewBy'>,
  today: string,
): boolean {
  return reviewDue(notice) < today;
}

/** The newest change, which the page shows as "Senest opdateret". */
export function lastUpdated({ changes }: Pick<PurposeData, 'changes'>): string {
  return newestDate(changes.map((change) => change.date)) ?? '';
}
