import { noticePath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { Authority } from '@/lib/site-content';

interface NoticeSideNavProps {
  authority: Authority;
  current: string;
}

/** The authority's notices as DKFDS side navigation, with the current one marked; beside or below the notice. */
export function NoticeSideNav({ authority, current }: NoticeSideNavProps) {
  return (
    <nav aria-labelledby="side-nav-title" className="side-nav">
      <h2 id="side-nav-title" className="side-nav-title">
        {words().notice.sideNavTitle(authority.genitive)}
      </h2>
      <ul className="sidemenu">
        {authority.notices.map((notice) => {
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
      </ul>
    </nav>
  );
}
