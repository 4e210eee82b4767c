import type { Purpose } from '@/lib/content';
import { formatDate } from '@/lib/labels';

interface ChangeHistorySectionProps {
  purpose: Purpose;
}

/** The notice's public change history, newest first, and when it was last reviewed. */
export function ChangeHistorySection({ purpose }: ChangeHistorySectionProps) {
  const newestFirst = [...purpose.changes].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section aria-labelledby="aendringer">
      <h2 id="aendringer">Ændringer</h2>
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
