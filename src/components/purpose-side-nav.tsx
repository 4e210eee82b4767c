import type { Authority } from '@/lib/content';
import { purposePath } from '@/lib/routes';

interface PurposeSideNavProps {
  authority: Authority;
  current: string;
}

/** The authority's purposes, with the current one marked, beside or below the notice. */
export function PurposeSideNav({ authority, current }: PurposeSideNavProps) {
  return (
    <nav aria-labelledby="side-nav-title" className="side-nav">
      <h2 id="side-nav-title">{authority.genitive} formål</h2>
      <ul>
        {authority.purposes.map((purpose) => (
          <li key={purpose.slug}>
            <a
              href={purposePath(authority.slug, purpose.slug)}
              aria-current={purpose.slug === current ? 'page' : undefined}
            >
              {purpose.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
