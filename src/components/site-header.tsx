import { site } from '@/config/site';
import { searchPath } from '@/lib/routes';

/** DKFDS header (solution info only): the site's name and who is responsible for it. */
export function SiteHeader() {
  return (
    <header className="header">
      <div className="solution-info">
        <div className="solution-info-inner container wide-container">
          <div className="solution-heading">
            <a className="site-name" href="/">
              {site.name}
            </a>
          </div>
          <a className="header-search-link" href={searchPath}>
            Søg
          </a>
          <div className="additional-info">
            <p className="authority-name">{site.publisher.name}</p>
          </div>
        </div>
      </div>
    </header>
  );
}
