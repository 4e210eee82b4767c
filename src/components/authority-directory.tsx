import { sourceLanguage } from '@/config/languages';
import { authorityPath } from '@/config/routes';
import { localized, pageLanguage, words } from '@/i18n';
import type { Authority } from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';

interface AuthorityDirectoryProps {
  /** Every authority, in the page's language. */
  authorities: readonly Authority[];
  /** Each authority's Danish name by its slug: the name its letters use, shown on pages in other languages. */
  danishNames: ReadonlyMap<string, string>;
  /** The authority whose hub this is: its entry says so instead of linking to the page itself. */
  current?: string;
}

/**
 * Each authority by its name and short name (SIRI, US …), with what it handles, so a reader can tell
 * which one has their case; on a page in another language also by its Danish name.
 */
export function AuthorityDirectory({ authorities, danishNames, current }: AuthorityDirectoryProps) {
  const w = words();
  return (
    <ul className="link-list authority-directory">
      {authorities.map((authority) => {
        const label = `${authority.name} (${authority.shortName})`;
        const danishName = danishNames.get(authority.slug);
        return (
          <li key={authority.slug}>
            <a
              href={localized(authorityPath(authority.slug))}
              aria-current={authority.slug === current ? 'page' : undefined}
            >
              {label}
            </a>
            {pageLanguage() !== sourceLanguage && danishName && danishName !== authority.name && (
              <p>
                {w.authorityDirectory.danishName}
                <span lang={sourceLanguage}>{danishName}</span>
              </p>
            )}
            <p lang={langOfText(authority, 'description')}>{authority.description}</p>
            <p lang={langOfText(authority, 'handles')}>
              {w.authorityDirectory.handles}
              {w.list(authority.handles)}.
            </p>
            <p className="meta">
              {w.authorityKinds[authority.kind]}
              {w.frontPage.noticeCount(authority.notices.length)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
