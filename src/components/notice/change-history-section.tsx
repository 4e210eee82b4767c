import { words } from '@/i18n';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';

interface ChangeHistorySectionProps {
  heading: SectionHeading;
  notice: Notice;
}

/** The notice's public change history, newest first, and when it was last reviewed. */
export function ChangeHistorySection({ heading, notice }: ChangeHistorySectionProps) {
  const { formatDate, notice: noticeWords } = words();
  const newestFirst = [...notice.changes].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <ul className="change-list">
        {newestFirst.map((change, index) => (
          <li key={index}>
            <time dateTime={change.date}>{formatDate(change.date)}</time>:{' '}
            <ContentText of={notice} field="changes">
              {change.note}
            </ContentText>
          </li>
        ))}
      </ul>
      <p className="meta">{noticeWords.reviewed(formatDate(notice.lastReviewed))}</p>
    </section>
  );
}
