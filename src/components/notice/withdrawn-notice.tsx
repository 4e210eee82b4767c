import { authorityPath, noticePath, versionPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { Authority, Notice } from '@/lib/site-content';

import { PageTrail } from '../page-trail';

interface WithdrawnNoticeProps {
  authority: Authority;
  /** Its last version, in the page's language. */
  last: Notice;
  /** The date its last version applied from. */
  lastDate: string;
  /** The date it was withdrawn. */
  withdrawn: string;
}

/**
 * What a withdrawn notice's old address shows: that it was withdrawn and when, its last version, and
 * the authority's current notices. A page rather than a redirect: the withdrawn notices come from the
 * build's git history, which the static redirect table and nginx's configuration know nothing of.
 */
export function WithdrawnNotice({ authority, last, lastDate, withdrawn }: WithdrawnNoticeProps) {
  const w = words();
  return (
    <div className="page-body">
      <PageTrail
        path={noticePath(authority.slug, last.slug)}
        dates={undefined}
        description={last.summary}
        trail={[
          { label: w.layout.frontPage, href: '/' },
          { label: authority.name, href: authorityPath(authority.slug) },
        ]}
        current={last.title}
      />
      <h1>{last.title}</h1>
      <p className="lead">
        {w.versions.withdrawnOn(<time dateTime={withdrawn}>{w.formatDate(withdrawn)}</time>)}
      </p>
      <ul>
        <li>
          <a href={localized(versionPath(authority.slug, last.slug, lastDate))}>
            {w.versions.readLast(w.formatDate(lastDate))}
          </a>
        </li>
        <li>
          <a href={localized(authorityPath(authority.slug))}>
            {w.versions.authorityNotices(authority.nameForms)}
          </a>
        </li>
      </ul>
    </div>
  );
}
