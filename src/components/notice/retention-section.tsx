import type { Purpose } from '@/lib/content';
import { noticeElementState } from '@/lib/gdpr/completeness';

import { NoticeSection } from './notice-section';
import { noticeSections } from './notice-sections';

interface RetentionSectionProps {
  purpose: Purpose;
}

/** How long the data is kept, or the criteria for it (art. 13(2)(a), 14(2)(a)). */
export function RetentionSection({ purpose }: RetentionSectionProps) {
  const { retention } = purpose;
  return (
    <NoticeSection
      id={noticeSections.retention.id}
      title={noticeSections.retention.title}
      state={noticeElementState(purpose, 'retention')}
    >
      {retention?.period && (
        <p>
          <strong>Periode:</strong> {retention.period}
        </p>
      )}
      {retention?.criteria && <p>{retention.criteria}</p>}
    </NoticeSection>
  );
}
