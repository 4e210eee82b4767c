import type { Metadata } from 'next';

import { ProblemPanel } from '@/components/preview/problem-panel';
import { SharedPageItems } from '@/components/shared-page-items';
import { getContent, getPageProblems } from '@/lib/content';
import { authorityPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Siden findes ikke' };

export default function NotFound() {
  // In the preview, a page also stops here when a shared text every page needs is broken (see getContent).
  const problems = getPageProblems();
  if (problems.length > 0) return <ProblemPanel problems={problems} />;
  const { authorities } = getContent();
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p className="lead">
        Vi kan ikke finde den side, du leder efter. Adressen kan være skrevet forkert, eller siden kan være
        flyttet.
      </p>
      <h2 id="find-vej">Find det, du leder efter</h2>
      <ul>
        {authorities.map((authority) => (
          <li key={authority.slug}>
            <a href={authorityPath(authority.slug)}>{authority.genitive} behandling af personoplysninger</a>
          </li>
        ))}
        <SharedPageItems />
        <li>
          <a href="/">Forsiden</a>
        </li>
      </ul>
    </>
  );
}
