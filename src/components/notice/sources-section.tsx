import type { Purpose } from '@/lib/content';
import { noticeElementState } from '@/lib/gdpr/completeness';
import { sourceKindLabels } from '@/lib/labels';

import { NoticeSection } from './notice-section';
import { noticeSections } from './notice-sections';

interface SourcesSectionProps {
  purpose: Purpose;
}

/** Where the data comes from (art. 14(2)(f)). */
export function SourcesSection({ purpose }: SourcesSectionProps) {
  return (
    <NoticeSection
      id={noticeSections.sources.id}
      title={noticeSections.sources.title}
      state={noticeElementState(purpose, 'sources')}
    >
      <dl className="structured-list">
        {purpose.sources?.map((source) => (
          <div key={`${source.kind}-${source.description}`}>
            <dt>{sourceKindLabels[source.kind]}</dt>
            <dd>{source.description}</dd>
          </div>
        ))}
      </dl>
    </NoticeSection>
  );
}
