import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Purpose } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface ProvisionSectionProps {
  heading: SectionHeading;
  purpose: Purpose;
}

/** Whether the person must give the data and what happens if not (art. 13(2)(e)). */
export function ProvisionSection({ heading, purpose }: ProvisionSectionProps) {
  return (
    <NoticeSection heading={heading} state={noticeElementState(purpose, 'provisionRequirement')}>
      <p>
        <ContentText of={purpose} field="provisionRequirement">
          {purpose.provisionRequirement}
        </ContentText>
      </p>
    </NoticeSection>
  );
}
