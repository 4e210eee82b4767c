import { purposePath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { Authority } from '@/lib/site-content';

import type { SectionHeading } from './page-sections';
import { UnpublishedCount } from './unpublished-count';

interface PurposeListProps {
  heading: SectionHeading;
  authority: Authority;
}

/** The authority's notices, each a link with its summary and, where it lacks core facts, how many. */
export function PurposeList({ heading, authority }: PurposeListProps) {
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p>{words().authorityPage.purposesIntro}</p>
      <ul className="link-list">
        {authority.purposes.map((purpose) => (
          <li key={purpose.slug}>
            <a href={localized(purposePath(authority.slug, purpose.slug))}>{purpose.title}</a>
            <p>{purpose.summary}</p>
            <UnpublishedCount purpose={purpose} />
          </li>
        ))}
      </ul>
    </section>
  );
}
