import type { Purpose } from '@/lib/content';
import { formatDate } from '@/lib/labels';

import { noticeSections } from './notice-sections';

interface ChangeHistorySectionProps {
  purpose: Purpose;
}

/** The notice's public change history, newest first, and when it was last reviewed. */
export function ChangeHistorySection({ purpose }: ChangeHistorySectionProps) {
  const newestFirst = [...purpose.changes].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section aria-labelledby={noticeSections.changes.id}>
      <h2 id={noticeSections.changes.id}>{noticeSections.changes.title}</h2>
      <ul className="change-list">
        {newestFirst.map((change, index) => (
          <li key={index}>
            <time dateTime={change.date}>{formatDate(change.date)}</time>: {change.note}
          </li>
        ))}
      </ul>
      <p className="meta">Oplysningen blev senest gennemgået {formatDate(purpose.lastReviewed)}.</p>
    </section>
  );
}
