import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface ProvisionSectionProps {
  heading: SectionHeading;
  notice: Notice;
}

/** Whether the person must give the data and what happens if not (art. 13(2)(e)). */
export function ProvisionSection({ heading, notice }: ProvisionSectionProps) {
  return (
    <NoticeSection heading={heading} state={noticeElementState(notice, 'provisionRequirement')}>
      <p>
        <ContentText of={notice} field="provisionRequirement">
          {notice.provisionRequirement}
        </ContentText>
      </p>
    </NoticeSection>
  );
}
