import { noticePath, topicPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { OverviewEntry } from '@/lib/overview';

import type { SectionHeading } from '../page-sections';

interface SamePurposeSectionProps {
  heading: SectionHeading;
  entries: readonly OverviewEntry[];
  topic: { id: string; title: string };
}

/** Links to the same purpose at other authorities. */
export function SamePurposeSection({ heading, entries, topic }: SamePurposeSectionProps) {
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <ul>
        {entries.map(({ notice, authorityName }) => (
          <li key={`${notice.authority}/${notice.slug}`}>
            <a href={localized(noticePath(notice.authority, notice.slug))}>
              {notice.title} – {authorityName}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={localized(topicPath(topic.id))}>{words().notice.samePurposeTopic(topic.title)}</a>
      </p>
    </section>
  );
}
