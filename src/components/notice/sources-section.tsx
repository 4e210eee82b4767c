import type { Purpose } from '@/lib/content';
import { sourceKindLabels } from '@/lib/labels';
import { NoticeSection } from './notice-section';

interface SourcesSectionProps {
  purpose: Purpose;
}

/** Where the data comes from (art. 14(2)(f)). */
export function SourcesSection({ purpose }: SourcesSectionProps) {
  return (
    <NoticeSection
      id="hvor-stammer-oplysningerne-fra"
      title="Hvor stammer oplysningerne fra"
      stated={purpose.sources !== undefined}
    >
      <dl className="facts">
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
