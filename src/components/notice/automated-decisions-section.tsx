import { words } from '@/i18n';
import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface AutomatedDecisionsSectionProps {
  heading: SectionHeading;
  notice: Notice;
}

/** Whether decisions are made by automated means alone, incl. profiling (art. 13(2)(f), 14(2)(g)). */
export function AutomatedDecisionsSection({ heading, notice }: AutomatedDecisionsSectionProps) {
  const { automatedDecisions } = notice;
  const w = words().notice;
  return (
    <NoticeSection heading={heading} state={noticeElementState(notice, 'automatedDecisions')}>
      {automatedDecisions?.used ? (
        <p>
          <ContentText of={notice} field="automatedDecisions">
            {automatedDecisions.explanation}
          </ContentText>
        </p>
      ) : (
        <p>{w.noAutomatedDecisions}</p>
      )}
    </NoticeSection>
  );
}
