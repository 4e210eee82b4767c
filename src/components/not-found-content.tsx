import { authorityPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { getContent, getPageProblems } from '@/lib/site-content';

import { ProblemPanel } from './preview/problem-panel';
import { SharedPageItems } from './shared-page-items';

/** What the 404 page says: the page is not here, and the ways on, in the language of the page. */
export function NotFoundContent() {
  // In the preview, a page also stops here when a shared text every page needs is broken (see getContent).
  const problems = getPageProblems();
  if (problems.length > 0) return <ProblemPanel problems={problems} />;
  const { authorities } = getContent();
  const w = words();
  return (
    <>
      <h1>{w.notFound.title}</h1>
      <p className="lead">{w.notFound.lead}</p>
      <h2 id="find-vej">{w.notFound.findYourWay}</h2>
      <ul>
        {authorities.map((authority) => (
          <li key={authority.slug}>
            <a href={localized(authorityPath(authority.slug))}>{w.notFound.authority(authority.nameForms)}</a>
          </li>
        ))}
        <SharedPageItems />
        <li>
          <a href={localized('/')}>{w.notFound.frontPage}</a>
        </li>
      </ul>
    </>
  );
}
