import { noticePath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { Authority } from '@/lib/site-content';

import type { SectionHeading } from './page-sections';
import { UnpublishedCount } from './unpublished-count';

interface NoticeListProps {
  heading: SectionHeading;
  authority: Authority;
}

/** The authority's notices, each a link with its summary and, where it lacks core facts, how many. */
export function NoticeList({ heading, authority }: NoticeListProps) {
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p>{words().authorityPage.noticesIntro}</p>
      <ul className="link-list">
        {authority.notices.map((notice) => (
          <li key={notice.slug}>
            <a href={localized(noticePath(authority.slug, notice.slug))}>{notice.title}</a>
            <p>{notice.summary}</p>
            <UnpublishedCount notice={notice} />
          </li>
        ))}
      </ul>
    </section>
  );
}
