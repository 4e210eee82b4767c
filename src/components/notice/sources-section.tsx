import { words } from '@/i18n';
import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface SourcesSectionProps {
  heading: SectionHeading;
  notice: Notice;
}

/** Where the data comes from (art. 14(2)(f)). */
export function SourcesSection({ heading, notice }: SourcesSectionProps) {
  const { sourceKinds } = words();
  return (
    <NoticeSection heading={heading} state={noticeElementState(notice, 'sources')}>
      <dl className="structured-list">
        {notice.sources?.map((source) => (
          <div key={`${source.kind}-${source.description}`}>
            <dt>{sourceKinds[source.kind]}</dt>
            <dd>
              <ContentText of={notice} field="sources">
                {source.description}
              </ContentText>
            </dd>
          </div>
        ))}
      </dl>
    </NoticeSection>
  );
}
