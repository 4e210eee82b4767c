import type { Metadata } from 'next';
import { lang } from 'next/root-params';

import { ProblemPanel } from '@/components/preview/problem-panel';
import { SharedPageItems } from '@/components/shared-page-items';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { getContent, getPageProblems } from '@/lib/content';
import { authorityPath } from '@/lib/routes';

// A not-found page gets no parameters; the language is the root parameter of its address.
const pageParams = async () => ({ lang: String(await lang()) });

export async function generateMetadata(): Promise<Metadata> {
  await setPageLanguageFrom(pageParams());
  return { title: words().notFound.title, robots: { index: false } };
}

export default async function NotFound() {
  await setPageLanguageFrom(pageParams());
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
            <a href={localized(authorityPath(authority.slug))}>{w.notFound.authority(authority.genitive)}</a>
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
