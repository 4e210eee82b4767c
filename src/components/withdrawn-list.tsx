import { versionPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { Notice } from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';

import type { SectionHeading } from './page-sections';

/** A withdrawn notice as its authority's page lists it. */
export interface WithdrawnEntry {
  /** Its last version, in the page's language. */
  last: Notice;
  /** The date its last version applied from. */
  lastDate: string;
  /** The date it was withdrawn. */
  withdrawn: string;
}

interface WithdrawnListProps {
  heading: SectionHeading;
  entries: readonly WithdrawnEntry[];
}

/** An authority's withdrawn notices, each linked to its last version, with the date it was withdrawn. */
export function WithdrawnList({ heading, entries }: WithdrawnListProps) {
  const w = words();
  return (
    // Search finds only current notices.
    <section aria-labelledby={heading.id} data-pagefind-ignore="">
      <h2 id={heading.id}>{heading.title}</h2>
      <p>{w.versions.withdrawnIntro}</p>
      <ul className="change-list">
        {entries.map(({ last, lastDate, withdrawn }) => (
          <li key={last.slug}>
            <a
              href={localized(versionPath(last.authority, last.slug, lastDate))}
              lang={langOfText(last, 'title')}
            >
              {last.title}
            </a>
            {w.versions.withdrawnEntry(<time dateTime={withdrawn}>{w.formatDate(withdrawn)}</time>)}
          </li>
        ))}
      </ul>
    </section>
  );
}
