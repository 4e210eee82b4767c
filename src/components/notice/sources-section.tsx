import { words } from '@/i18n';
import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Purpose } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface SourcesSectionProps {
  heading: SectionHeading;
  purpose: Purpose;
}

/** Where the data comes from (art. 14(2)(f)). */
export function SourcesSection({ heading, purpose }: SourcesSectionProps) {
  const { sourceKinds } = words();
  return (
    <NoticeSection heading={heading} state={noticeElementState(purpose, 'sources')}>
      <dl className="structured-list">
        {purpose.sources?.map((source) => (
          <div key={`${source.kind}-${source.description}`}>
            <dt>{sourceKinds[source.kind]}</dt>
            <dd>
              <ContentText of={purpose} field="sources">
                {source.description}
              </ContentText>
            </dd>
          </div>
        ))}
      </dl>
    </NoticeSection>
  );
}
