import type { Metadata } from 'next';

import { PageTrail } from '@/components/page-trail';
import { getContent, getPageDates } from '@/lib/content';
import { authorityKindLabels } from '@/lib/labels';
import { pageMetadata } from '@/lib/page-metadata';
import { authorityPath, complaintPath, overviewPath, rightsPath } from '@/lib/routes';

const description =
  'Her kan du se, hvorfor Udlændinge- og Integrationsministeriet og dets styrelser behandler oplysninger om dig, hvilke oplysninger det drejer sig om, hvem de deles med, hvor længe de gemmes, og hvordan du bruger dine rettigheder.';

export const metadata: Metadata = pageMetadata({ path: '/', description });

export default function HomePage() {
  const { authorities } = getContent();
  return (
    <>
      <PageTrail path="/" dates={getPageDates('/')} trail={[]} current="Forside" description={description} />
      <h1>Sådan behandler vi dine personoplysninger</h1>
      <p className="lead">{description}</p>
      <h2 id="myndigheder">Vælg myndighed</h2>
      <ul className="link-list">
        {authorities.map((authority) => (
          <li key={authority.slug}>
            <a href={authorityPath(authority.slug)}>{authority.name}</a>
            <p>{authority.description}</p>
            <p>
              {authorityKindLabels[authority.kind]} · {authority.purposes.length} formål
            </p>
          </li>
        ))}
      </ul>
      <h2 id="ved-ikke-hvilken">Ved du ikke, hvilken myndighed der har dine oplysninger?</h2>
      <p>
        Find dit formål på tværs af myndighederne – fx klagesager, statsborgerskab eller hjemrejse:{' '}
        <a href={overviewPath}>Alle formål samlet efter emne</a>.
      </p>
      <h2 id="for-alle">For alle myndigheder</h2>
      <ul>
        <li>
          <a href={rightsPath}>Dine rettigheder</a> – indsigt, berigtigelse, sletning og de øvrige rettigheder
          forklaret
        </li>
        <li>
          <a href={complaintPath}>Klage til Datatilsynet</a> – hvis du er utilfreds med, hvordan dine
          oplysninger behandles
        </li>
      </ul>
    </>
  );
}
