import { authorityPath, noticePath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { nearby } from '@/lib/nearby';
import { authoritySectionIds } from '@/lib/section-ids';
import type { Authority } from '@/lib/site-content';

/** The most notices the side navigation lists: the current one and its neighbours; the authority's page lists all. */
const sideNavSize = 15;

interface NoticeSideNavProps {
  authority: Authority;
  current: string;
}

/**
 * The authority's notices as DKFDS side navigation, with the current one marked; beside or below the
 * notice. An authority with many notices shows those around the current one and a link to all of them.
 */
export function NoticeSideNav({ authority, current }: NoticeSideNavProps) {
  const { notices } = authority;
  const shown = nearby(
    notices,
    notices.findIndex((notice) => notice.slug === current),
    sideNavSize,
  );
  return (
    <nav aria-labelledby="side-nav-title" className="side-nav">
      <h2 id="side-nav-title" className="side-nav-title">
        {words().notice.sideNavTitle(authority.nameForms)}
      </h2>
      <ul className="sidemenu">
        {shown.map((notice) => {
          const isCurrent = notice.slug === current;
          return (
            <li key={notice.slug} className={isCurrent ? 'active current' : undefined}>
              <a
                className="nav-link"
                href={localized(noticePath(authority.slug, notice.slug))}
                aria-current={isCurrent ? 'page' : undefined}
              >
                <span>{notice.title}</span>
              </a>
            </li>
          );
        })}
        {shown.length < notices.length && (
          <li>
            <a
              className="nav-link"
              href={`${localized(authorityPath(authority.slug))}#${authoritySectionIds.notices}`}
            >
              <span>{words().notice.allNotices(notices.length)}</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
