import { words } from '@/i18n';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';

interface RetentionPeriodProps {
  notice: Notice;
}

/** Whether the notice states how long the data is kept, as a number and a unit or in words. */
export const hasRetentionPeriod = ({ retention }: Notice) =>
  retention?.duration !== undefined || retention?.period !== undefined;

/**
 * How long the data is kept: a number and a unit in the page's words ("30 days" whether or not the notice
 * is translated), or the content's words, marked as Danish where they still are.
 */
export function RetentionPeriod({ notice }: RetentionPeriodProps) {
  const { retention } = notice;
  if (retention?.duration) return words().formatDuration(retention.duration);
  if (!retention?.period) return null;
  return (
    <ContentText of={notice} field="retention">
      {retention.period}
    </ContentText>
  );
}
