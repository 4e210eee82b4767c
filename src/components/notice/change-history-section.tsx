import { words } from '@/i18n';
import type { Purpose } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';

interface ChangeHistorySectionProps {
  heading: SectionHeading;
  purpose: Purpose;
}

/** The notice's public change history, newest first, and when it was last reviewed. */
export function ChangeHistorySection({ heading, purpose }: ChangeHistorySectionProps) {
  const { formatDate, notice } = words();
  const newestFirst = [...purpose.changes].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <ul className="change-list">
        {newestFirst.map((change, index) => (
          <li key={index}>
            <time dateTime={change.date}>{formatDate(change.date)}</time>:{' '}
            <ContentText of={purpose} field="changes">
              {change.note}
            </ContentText>
          </li>
        ))}
      </ul>
      <p className="meta">{notice.reviewed(formatDate(purpose.lastReviewed))}</p>
    </section>
  );
}
