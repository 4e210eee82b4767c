import { purposePath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { Authority } from '@/lib/site-content';

interface PurposeSideNavProps {
  authority: Authority;
  current: string;
}

/** The authority's purposes as DKFDS side navigation, with the current one marked; beside or below the notice. */
export function PurposeSideNav({ authority, current }: PurposeSideNavProps) {
  return (
    <nav aria-labelledby="side-nav-title" className="side-nav">
      <h2 id="side-nav-title" className="side-nav-title">
        {words().notice.sideNavTitle(authority.genitive)}
      </h2>
      <ul className="sidemenu">
        {authority.purposes.map((purpose) => {
          const isCurrent = purpose.slug === current;
          return (
            <li key={purpose.slug} className={isCurrent ? 'active current' : undefined}>
              <a
                className="nav-link"
                href={localized(purposePath(authority.slug, purpose.slug))}
                aria-current={isCurrent ? 'page' : undefined}
              >
                <span>{purpose.title}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
