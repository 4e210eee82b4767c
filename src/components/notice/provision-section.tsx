import type { Purpose } from '@/lib/content';
import { isMissing } from '@/lib/gdpr/completeness';

import { NoticeSection } from './notice-section';

interface ProvisionSectionProps {
  purpose: Purpose;
}

/** Whether the person must give the data and what happens if not (art. 13(2)(e)); shown where it applies. */
export function ProvisionSection({ purpose }: ProvisionSectionProps) {
  const missing = isMissing(purpose, 'provisionRequirement');
  if (!missing && !purpose.provisionRequirement) return null;
  return (
    <NoticeSection id="skal-du-give-oplysningerne" title="Skal du give os oplysningerne?" stated={!missing}>
      <p>{purpose.provisionRequirement}</p>
    </NoticeSection>
  );
}
