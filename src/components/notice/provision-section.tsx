import type { Purpose } from '@/lib/content';
import { noticeElementState } from '@/lib/gdpr/completeness';

import { NoticeSection } from './notice-section';

interface ProvisionSectionProps {
  purpose: Purpose;
}

/** Whether the person must give the data and what happens if not (art. 13(2)(e)); shown where it applies. */
export function ProvisionSection({ purpose }: ProvisionSectionProps) {
  const state = noticeElementState(purpose, 'provisionRequirement');
  if (state.kind === 'notRequired') return null;
  return (
    <NoticeSection id="skal-du-give-oplysningerne" title="Skal du give os oplysningerne?" state={state}>
      <p>{purpose.provisionRequirement}</p>
    </NoticeSection>
  );
}
