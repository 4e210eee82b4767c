import { words } from '@/i18n';
import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';
import { hasRetentionPeriod, RetentionPeriod } from './retention-period';

interface RetentionSectionProps {
  heading: SectionHeading;
  notice: Notice;
}

/** How long the data is kept, or the criteria for it (art. 13(2)(a), 14(2)(a)). */
export function RetentionSection({ heading, notice }: RetentionSectionProps) {
  const { retention } = notice;
  return (
    <NoticeSection heading={heading} state={noticeElementState(notice, 'retention')}>
      {hasRetentionPeriod(notice) && (
        <p>
          <strong>{words().notice.retentionPeriod}</strong> <RetentionPeriod notice={notice} />
        </p>
      )}
      {retention?.criteria && (
        <p>
          <ContentText of={notice} field="retention">
            {retention.criteria}
          </ContentText>
        </p>
      )}
    </NoticeSection>
  );
}
