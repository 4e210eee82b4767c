import type { Metadata } from 'next';

import { SharedPageItems } from '@/components/shared-page-items';
import { getContent } from '@/lib/content';
import { authorityPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Siden findes ikke' };

export default function NotFound() {
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
