import type { Purpose } from '@/lib/content';
import { noticeElementState } from '@/lib/gdpr/completeness';

import { NoticeSection } from './notice-section';
import { noticeSections } from './notice-sections';

interface AutomatedDecisionsSectionProps {
  purpose: Purpose;
}

/** Whether decisions are made by automated means alone, incl. profiling (art. 13(2)(f), 14(2)(g)). */
export function AutomatedDecisionsSection({ purpose }: AutomatedDecisionsSectionProps) {
  const { automatedDecisions } = purpose;
  return (
    <NoticeSection
      id={noticeSections.automatedDecisions.id}
      title={noticeSections.automatedDecisions.title}
      state={noticeElementState(purpose, 'automatedDecisions')}
    >
      {automatedDecisions?.used ? (
        <p>{automatedDecisions.explanation}</p>
      ) : (
        <p>Vi træffer ikke afgørelser alene på grundlag af automatisk behandling, herunder profilering.</p>
      )}
    </NoticeSection>
  );
}
