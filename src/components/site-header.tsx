import { searchPath } from '@/config/routes';
import { site } from '@/config/site';
import { localized, words } from '@/i18n';

/**
 * DKFDS's solution header: the site's name and the authority responsible for it. DKFDS moves the
 * authority into its JavaScript menu on small screens; this site has no menu, so the name stays in the
 * header at every width and says above the fold who runs the site.
 */
export function SiteHeader() {
  return (
    <header className="header">
      <div className="solution-info">
        <div className="solution-info-inner container wide-container">
          <div className="solution-heading">
            <a className="site-name" href={localized('/')}>
              {site.name}
            </a>
          </div>
          <a className="header-search-link" href={localized(searchPath)}>
            {words().layout.search}
          </a>
          <div className="additional-info">
            <p>
              <strong className="authority-name">{words().layout.publisher}</strong>
            </p>
          </div>
        </div>
      </div>
    </header>
  );
}
