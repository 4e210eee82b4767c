import type { Metadata } from 'next';

import { PageTrail } from '@/components/page-trail';
import { PurposeLink } from '@/components/purpose-link';
import { getContent, getPageDates } from '@/lib/content';
import { purposesAtoZ } from '@/lib/overview';
import { pageMetadata } from '@/lib/page-metadata';
import { overviewPath, purposePath, searchPath } from '@/lib/routes';

const title = 'Søg';
const description =
  'Søg i alle myndighedernes beskrivelser af, hvordan de behandler personoplysninger, eller find formålet i indekset fra A til Å.';

export const metadata: Metadata = pageMetadata({ path: searchPath, title, description });

/**
 * The search form runs Pagefind's static index through /soeg.js, the only script the site needs.
 * Without JavaScript the page still answers: the A–Z index of every purpose and the overview by topic.
 */
export default function SearchPage() {
  const groups = purposesAtoZ(getContent());
  return (
    <>
      <PageTrail
        path={searchPath}
        dates={getPageDates(searchPath)}
        trail={[{ label: 'Forside', href: '/' }]}
        current={title}
        description={description}
      />
      <h1>Søg i beskrivelserne</h1>
      <form role="search" action={searchPath} method="get" className="search-form" data-search-form="">
        <label className="form-label" htmlFor="soegeord">
          Søgeord
        </label>
        <div className="search-row">
          <input className="form-input" id="soegeord" name="q" type="search" autoComplete="off" />
          <button className="button button-primary" type="submit">
            Søg
          </button>
        </div>
      </form>
      <div id="soegeresultater" data-search-results="" />
      {/* soeg.js hides this once the search works. */}
      <p data-search-fallback="">
        Søgningen virker kun med JavaScript slået til. Uden JavaScript finder du dit formål i indekset fra A
        til Å herunder eller i oversigten efter emne.
      </p>
      <h2 id="a-aa">Alle formål fra A til Å</h2>
      <p>
        Se også <a href={overviewPath}>alle formål samlet efter emne</a>.
      </p>
      {groups.map((group) => (
        <section key={group.letter} aria-labelledby={`bogstav-${group.letter}`}>
          <h3 id={`bogstav-${group.letter}`}>{group.letter}</h3>
          <ul className="unstyled-list">
            {group.entries.map(({ purpose, authorityName }) => (
              <li key={`${purpose.authority}/${purpose.slug}`}>
                <PurposeLink
                  href={purposePath(purpose.authority, purpose.slug)}
                  title={purpose.title}
                  authorityName={authorityName}
                />{' '}
                <span className="meta">{authorityName}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {/* A module script is deferred by default, which the rule does not know. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src="/soeg.js" />
    </>
  );
}
