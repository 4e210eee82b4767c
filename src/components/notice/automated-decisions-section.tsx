import { words } from '@/i18n';
import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Purpose } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface AutomatedDecisionsSectionProps {
  heading: SectionHeading;
  purpose: Purpose;
}

/** Whether decisions are made by automated means alone, incl. profiling (art. 13(2)(f), 14(2)(g)). */
export function AutomatedDecisionsSection({ heading, purpose }: AutomatedDecisionsSectionProps) {
  const { automatedDecisions } = purpose;
  const w = words().notice;
  return (
    <NoticeSection
      heading={heading}
      state={noticeElementState(purpose, 'automatedDecisions')}
      // No rule requires the statement yet, so no gap can be declared for it; the page still says it is missing.
      reasonWhenUndeclared={w.automatedDecisionsUndeclared}
    >
      {automatedDecisions?.used ? (
        <p>
          <ContentText of={purpose} field="automatedDecisions">
            {automatedDecisions.explanation}
          </ContentText>
        </p>
      ) : (
        <p>{w.noAutomatedDecisions}</p>
      )}
    </NoticeSection>
  );
}
