import type { Purpose } from '@/lib/content';
import { noticeElementState } from '@/lib/gdpr/completeness';

import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface AutomatedDecisionsSectionProps {
  heading: SectionHeading;
  purpose: Purpose;
}

// No rule requires the statement yet, so no gap can be declared for it; the page still says it is missing.
const reasonWhenUndeclared =
  'Det fremgår ikke af de oplysninger, siden bygger på, om der træffes afgørelser alene på grundlag af automatisk behandling.';

/** Whether decisions are made by automated means alone, incl. profiling (art. 13(2)(f), 14(2)(g)). */
export function AutomatedDecisionsSection({ heading, purpose }: AutomatedDecisionsSectionProps) {
  const { automatedDecisions } = purpose;
  return (
    <NoticeSection
      heading={heading}
      state={noticeElementState(purpose, 'automatedDecisions')}
      reasonWhenUndeclared={reasonWhenUndeclared}
    >
      {automatedDecisions?.used ? (
        <p>{automatedDecisions.explanation}</p>
      ) : (
        <p>Vi træffer ikke afgørelser alene på grundlag af automatisk behandling, herunder profilering.</p>
      )}
    </NoticeSection>
  );
}
