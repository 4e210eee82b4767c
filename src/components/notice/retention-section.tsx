import { words } from '@/i18n';
import type { Purpose } from '@/lib/content';
import { noticeElementState } from '@/lib/gdpr/completeness';

import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface RetentionSectionProps {
  heading: SectionHeading;
  purpose: Purpose;
}

/** How long the data is kept, or the criteria for it (art. 13(2)(a), 14(2)(a)). */
export function RetentionSection({ heading, purpose }: RetentionSectionProps) {
  const { retention } = purpose;
  return (
    <NoticeSection heading={heading} state={noticeElementState(purpose, 'retention')}>
      {retention?.period && (
        <p>
          <strong>{words().notice.retentionPeriod}</strong> {retention.period}
        </p>
      )}
      {retention?.criteria && <p>{retention.criteria}</p>}
    </NoticeSection>
  );
}
