import type { Metadata } from 'next';

import { PageTrail } from '@/components/page-trail';
import { authorityPath, complaintPath, overviewPath, rightsPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom, type LanguageParams } from '@/i18n/route-language';
import { pageMetadata } from '@/lib/page-metadata';
import { getContent, getPageDates } from '@/lib/site-content';

export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  await setPageLanguageFrom(params);
  return pageMetadata({ path: '/', description: words().frontPage.description });
}

export default async function HomePage({ params }: LanguageParams) {
  await setPageLanguageFrom(params);
  const { authorities } = getContent();
  const w = words();
  const { description } = w.frontPage;
  return (
    <>
      <PageTrail
        path="/"
        dates={getPageDates('/')}
        trail={[]}
        current={w.layout.frontPage}
        description={description}
      />
      <h1>{w.frontPage.title}</h1>
      <p className="lead">{description}</p>
      <h2 id="myndigheder">{w.frontPage.chooseAuthority}</h2>
      <ul className="link-list">
        {authorities.map((authority) => (
          <li key={authority.slug}>
            <a href={localized(authorityPath(authority.slug))}>{authority.name}</a>
            <p>{authority.description}</p>
            <p>
              {w.authorityKinds[authority.kind]}
              {w.frontPage.noticeCount(authority.notices.length)}
            </p>
          </li>
        ))}
      </ul>
      <h2 id="ved-ikke-hvilken">{w.frontPage.notSureWhich}</h2>
      <p>{w.frontPage.findAcross(<a href={localized(overviewPath)}>{w.frontPage.overviewLink}</a>)}</p>
      <h2 id="for-alle">{w.frontPage.forAll}</h2>
      <ul>
        <li>
          <a href={localized(rightsPath)}>{w.frontPage.rights}</a>
          {w.frontPage.rightsWhat}
        </li>
        <li>
          <a href={localized(complaintPath)}>{w.frontPage.complaint}</a>
          {w.frontPage.complaintWhen}
        </li>
      </ul>
    </>
  );
}
