import type { Metadata } from 'next';

import { PageTrail } from '@/components/page-trail';
import {
  openDataIndexPath,
  openDataLdPathOf,
  openDataPath,
  openDataPathOf,
  openDataSchemaPath,
  siteFeedPath,
} from '@/config/routes';
import { absoluteUrl } from '@/config/site';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom, type LanguageParams } from '@/i18n/route-language';
import { openDataFormatVersion } from '@/lib/open-data/schema';
import { pageMetadata } from '@/lib/page-metadata';
import { getContent, getPageDates } from '@/lib/site-content';

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
      <p>{w.openData.filesIntro(<a href={openDataIndexPath}>{w.openData.indexLink}</a>)}</p>
      <ul>
        {authorities.map((authority) => (
          <li key={authority.slug}>
            {authority.name}:{' '}
            <a href={openDataPathOf(authority.slug)}>
              JSON<span className="visually-hidden">{w.openData.fileOf(authority.nameForms)}</span>
            </a>{' '}
            ·{' '}
            <a href={openDataLdPathOf(authority.slug)}>
              JSON-LD<span className="visually-hidden">{w.openData.fileOf(authority.nameForms)}</span>
            </a>
          </li>
        ))}
      </ul>
      <h2 id="dokumenternes-indhold">{w.openData.contents}</h2>
      <p>{w.openData.structure}</p>
      <p>{w.openData.nullAndEmpty()}</p>
      <h2 id="ikke-offentliggjort">{w.notice.gapSummary}</h2>
      <p>{w.openData.gapsIntro}</p>
      <ul>
        <li>{w.openData.gapsInJson()}</li>
        <li>
          {w.openData.gapsInJsonLd(
            <dfn id="notPublished">
              <code>persondata:notPublished</code>
            </dfn>,
          )}
        </li>
      </ul>
      <p>{w.openData.ownTerm(absoluteUrl(`${openDataPath}#`))}</p>
      <h2 id="skema">{w.openData.schema}</h2>
      <p>
        {w.openData.formatVersion(
          openDataFormatVersion,
          <a href={openDataSchemaPath}>JSON Schema (draft 2020-12)</a>,
        )}
      </p>
      <h2 id="json-ld">{w.openData.jsonLd}</h2>
      {/* In English on every language's page, as the Danish page always had it; so not in the dictionaries. */}
      <p lang="en">
        The JSON-LD documents use the W3C Data Privacy Vocabulary (DPV): each purpose is a{' '}
        <code>dpv:Process</code>, and legal bases and rights are the IRIs of DPV’s GDPR extension, e.g.{' '}
        <code>eu-gdpr:A6-1-e</code> and <code>eu-gdpr:A15</code>.
      </p>
      <h2 id="aendringer">{w.notice.sections.changes}</h2>
      <p>{w.openData.followFeed(<a href={localized(siteFeedPath)}>{w.openData.siteFeed}</a>)}</p>
    </>
  );
}
