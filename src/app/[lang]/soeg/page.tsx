import type { Metadata } from 'next';

import { NoticeEntry } from '@/components/notice-link';
import { PageTrail } from '@/components/page-trail';
import { overviewPath, searchPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom, type LanguageParams } from '@/i18n/route-language';
import { noticesAtoZ } from '@/lib/overview';
import { pageMetadata } from '@/lib/page-metadata';
import { getContent, getPageDates } from '@/lib/site-content';

export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const { title, description } = words().search;
  return pageMetadata({ path: searchPath, title, description });
}

/**
 * The search form runs Pagefind's static index through /soeg.js, the only script the site needs.
 * Without JavaScript the page still answers: the A–Z index of every notice and the overview by topic.
 */
export default async function SearchPage({ params }: LanguageParams) {
  await setPageLanguageFrom(params);
  const groups = noticesAtoZ(getContent());
  const w = words();
  const { title, description } = w.search;
  return (
    <>
      <PageTrail
        path={searchPath}
        dates={getPageDates(searchPath)}
        trail={[{ label: w.layout.frontPage, href: '/' }]}
        current={title}
        description={description}
      />
      <h1>{w.search.heading}</h1>
      {/* The headings soeg.js writes over the results, in the page's language; see words().search.results. */}
      <form
        role="search"
        action={localized(searchPath)}
        method="get"
        className="search-form"
        data-search-form=""
        data-results-none={w.search.results.none}
        data-results-one={w.search.results.one}
        data-results-many={w.search.results.many}
        data-results-many-best-shown={w.search.results.manyBestShown}
        data-results-any-words={w.search.results.anyWords}
      >
        <label className="form-label" htmlFor="soegeord">
          {w.search.label}
        </label>
        <div className="search-row">
          <input className="form-input" id="soegeord" name="q" type="search" autoComplete="off" />
          <button className="button button-primary" type="submit">
            {w.search.button}
          </button>
        </div>
      </form>
      <div id="soegeresultater" data-search-results="" />
      {/* soeg.js hides this once the search works. */}
      <p data-search-fallback="">{w.search.withoutJavaScript}</p>
      <h2 id="a-aa">{w.search.aToZ}</h2>
      <p>{w.search.seeAlso(<a href={localized(overviewPath)}>{w.search.byTopic}</a>)}</p>
      {groups.map((group) => (
        <section key={group.letter} aria-labelledby={`bogstav-${group.letter}`}>
          <h3 id={`bogstav-${group.letter}`}>{group.letter}</h3>
          <ul className="unstyled-list">
            {group.entries.map(({ notice, authorityName }) => (
              <li key={`${notice.authority}/${notice.slug}`}>
                <NoticeEntry notice={notice} authorityName={authorityName} />
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
