import { da } from '@/i18n/dictionaries/da';
import type { NoticeStatus } from '@/lib/notice-status';

interface NoticeStatusBarProps {
  /** The notice's file, as the editor finds it. */
  file: string;
  status: NoticeStatus;
}

function stateLabel({ state, declaredGaps }: NoticeStatus) {
  if (state === 'errors') return 'Med fejl – kør npm run check:content';
  if (state === 'declaredGaps') return `Med erklærede mangler (${declaredGaps})`;
  return 'Fuldstændig';
}

/** A bar at the top of each notice in the preview: its status and its file. Never part of the build. */
export function NoticeStatusBar({ file, status }: NoticeStatusBarProps) {
  const { review } = status;
  return (
    <section className="editor-bar" aria-labelledby="redaktoerbjaelke" data-preview="">
      <p className="editor-bar-title" id="redaktoerbjaelke">
        Kun i forhåndsvisningen
      </p>
      <dl>
        <div>
          <dt>Status</dt>
          <dd>{status.state === 'complete' ? stateLabel(status) : <strong>{stateLabel(status)}</strong>}</dd>
        </div>
        {review && (
          <div>
            <dt>Gennemgang</dt>
            <dd>
              {review.overdue ? (
                <strong>Forfalden ({da.formatDate(review.due)})</strong>
              ) : (
                `Senest ${da.formatDate(review.due)}`
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>Fil</dt>
          <dd>
            <code>{file}</code>
          </dd>
        </div>
      </dl>
    </section>
  );
}
