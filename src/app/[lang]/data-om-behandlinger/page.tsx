import type { Metadata } from 'next';

import { PageTrail } from '@/components/page-trail';
import { absoluteUrl } from '@/config/site';
import { localized, setPageLanguageFrom, words, type LanguageParams } from '@/i18n';
import { getContent, getPageDates } from '@/lib/content';
import { openDataFormatVersion } from '@/lib/open-data/schema';
import { pageMetadata } from '@/lib/page-metadata';
import {
  openDataIndexPath,
  openDataLdPathOf,
  openDataPath,
  openDataPathOf,
  openDataSchemaPath,
  siteFeedPath,
} from '@/lib/routes';

export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const { title, description } = words().openData;
  return pageMetadata({ path: openDataPath, title, description });
}

export default async function OpenDataPage({ params }: LanguageParams) {
  await setPageLanguageFrom(params);
  const { authorities } = getContent();
  const w = words();
  const { title, description } = w.openData;
  return (
    <>
      <PageTrail
        path={openDataPath}
        dates={getPageDates(openDataPath)}
        trail={[{ label: w.layout.frontPage, href: '/' }]}
        current={title}
        description={description}
      />
      <h1>{title}</h1>
      <p className="lead">{description}</p>
      <h2 id="filer">{w.openData.files}</h2>
      <p>
        <a href={openDataIndexPath}>Indekset (index.json)</a> peger på ét dokument pr. myndighed. Hvert
        dokument findes i to udgaver:
      </p>
      <ul>
        {authorities.map((authority) => (
          <li key={authority.slug}>
            {authority.name}:{' '}
            <a href={openDataPathOf(authority.slug)}>
              JSON<span className="visually-hidden"> for {authority.name}</span>
            </a>{' '}
            ·{' '}
            <a href={openDataLdPathOf(authority.slug)}>
              JSON-LD<span className="visually-hidden"> for {authority.name}</span>
            </a>
          </li>
        ))}
      </ul>
      <h2 id="dokumenternes-indhold">{w.openData.contents}</h2>
      <p>
        Strukturen følger fortegnelsen i databeskyttelsesforordningens artikel 30 og oplysningspligten i
        artikel 13 og 14: den dataansvarlige og databeskyttelsesrådgiveren og for hvert formål formålet,
        retsgrundlaget, kategorierne af oplysninger og registrerede, kilderne, modtagerne, overførsler til
        lande uden for EU/EØS, opbevaringen, dine rettigheder, datoen for seneste gennemgang og
        ændringshistorikken.
      </p>
      <p>
        Et felt med værdien <code>null</code> betyder, at oplysningen ikke er offentliggjort endnu; årsagen
        står i <code>knownGaps</code>. En tom liste betyder, at der ingen er – fx ingen modtagere.
      </p>
      <h2 id="ikke-offentliggjort">{w.notice.gapSummary}</h2>
      <p>
        Mangler en beskrivelse en oplysning, som databeskyttelsesforordningen kræver, siger dokumenterne det
        åbent for hver oplysning, med samme begrundelse som siden:
      </p>
      <ul>
        <li>
          I JSON har hvert formål og hver myndighed listen <code>knownGaps</code>. Hvert punkt har{' '}
          <code>element</code> (hvilken oplysning), <code>field</code> (feltet i dokumentet, der ellers ville
          indeholde den, eller <code>null</code>, hvis dokumentet ikke har et felt til den),{' '}
          <code>status</code> med værdien <code>notPublished</code> (ikke offentliggjort) og{' '}
          <code>reason</code> (begrundelsen). Feltet selv er <code>null</code>. Kun{' '}
          <code>dataProtectionActBases</code> kan stadig nævne andre paragraffer i databeskyttelsesloven.
        </li>
        <li>
          I JSON-LD er egenskaben udeladt (fx <code>dpv:hasLegalBasis</code>), og formålet – eller den
          dataansvarlige eller databeskyttelsesrådgiveren – har i stedet en <code>dpv:hasJustification</code>:
          en <code>dpv:Justification</code>, hvis <code>dct:description</code> er begrundelsen, og hvis{' '}
          <dfn id="notPublished">
            <code>persondata:notPublished</code>
          </dfn>{' '}
          nævner oplysningen med samme navn som <code>element</code> i JSON. En egenskab med en tom liste og
          ingen begrundelse betyder, at der ingen er.
        </li>
      </ul>
      <p>
        <code>dpv:Justification</code> og <code>dpv:hasJustification</code> er DPV’s egne begreber for en
        begrundelse eller forklaring knyttet til en behandling. DPV har intet begreb for, at en bestemt
        oplysning i oplysningspligten ikke er offentliggjort; derfor er <code>persondata:notPublished</code>{' '}
        sidens eget, og dets adresse er dette afsnit (præfikset <code>persondata</code> står for{' '}
        <code>{absoluteUrl(`${openDataPath}#`)}</code>).
      </p>
      <h2 id="skema">{w.openData.schema}</h2>
      <p>
        Formatet har version {openDataFormatVersion}. Det beskrives af et{' '}
        <a href={openDataSchemaPath}>JSON Schema (draft 2020-12)</a>, som alle dokumenterne kontrolleres mod,
        før siden udgives. Fjerner vi et felt eller ændrer dets betydning, får formatet en ny hovedversion
        under en ny adresse; nye felter kan komme til inden for samme version.
      </p>
      <h2 id="json-ld">{w.openData.jsonLd}</h2>
      <p lang="en">
        The JSON-LD documents use the W3C Data Privacy Vocabulary (DPV): each purpose is a{' '}
        <code>dpv:Process</code>, and legal bases and rights are the IRIs of DPV’s GDPR extension, e.g.{' '}
        <code>eu-gdpr:A6-1-e</code> and <code>eu-gdpr:A15</code>.
      </p>
      <h2 id="aendringer">{w.notice.sections.changes}</h2>
      <p>
        Følg ændringerne i beskrivelserne i <a href={localized(siteFeedPath)}>Atom-feedet for hele siden</a>.
      </p>
    </>
  );
}
