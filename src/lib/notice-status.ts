import type { NoticeData } from './content/schema';
import { today } from './dates';
import { checkCompleteness } from './gdpr/completeness';
import { isReviewOverdue, reviewDue } from './gdpr/review';

/** Where a notice stands for its editor: what the preview's editor bar shows. */
export interface NoticeStatus {
  /**
   * `errors`: the build stops on the notice; `declaredGaps`: complete but for the elements declared in
   * knownGaps, which the page says openly it does not publish; `complete`.
   */
  state: 'errors' | 'declaredGaps' | 'complete';
  declaredGaps: number;
  /** When the notice must be reviewed next, and whether that day has passed; unknown when it does not load. */
  review?: { due: string; overdue: boolean };
}

/**
 * A notice's status from its errors in the content check (`errors`, of its page's files) and from GDPR
 * art. 13 and 14: an element required and neither stated nor declared is an error too. `notice` is
 * undefined when its file does not load; `day`, YYYY-MM-DD, is the day a review is overdue on.
 */
export function noticeStatus(notice: NoticeData | undefined, errors: number, day = today()): NoticeStatus {
  if (!notice) return { state: 'errors', declaredGaps: 0 };
  const completeness = checkCompleteness(notice);
  const declaredGaps = completeness.declaredGaps.length;
  const failing = errors > 0 || completeness.errors.length > 0;
  return {
    state: failing ? 'errors' : declaredGaps > 0 ? 'declaredGaps' : 'complete',
    declaredGaps,
    review: { due: reviewDue(notice), overdue: isReviewOverdue(notice, day) },
  };
}
