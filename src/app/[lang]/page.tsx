import type { Metadata } from 'next';

import { AuthorityDirectory } from '@/components/authority-directory';
import { MarkdownHtml } from '@/components/markdown-html';
import { PageTrail } from '@/components/page-trail';
import { SituationList } from '@/components/situation-list';
import { complaintPath, overviewPath, rightsPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom, type LanguageParams } from '@/i18n/route-language';
import { pageMetadata } from '@/lib/page-metadata';
import { danishAuthorityNames, getContent, getPageDates } from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';
import { situationsWithNotices } from '@/lib/situations';

export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  await setPageLanguageFrom(params);
  return pageMetadata({ path: '/', description: words().frontPage.description });
}

export default async function HomePage({ params }: LanguageParams) {
  await setPageLanguageFrom(params);
  const content = getContent();
  const { authorities, situations } = content;
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
      <h2 id="situationer">{situations.title}</h2>
      <p lang={langOfText(situations, 'summary')}>{situations.summary}</p>
      <SituationList
        situations={situationsWithNotices(content)}
        lang={langOfText(situations, 'situations')}
      />
      {situations.body.html && (
        <MarkdownHtml html={situations.body.html} lang={langOfText(situations, 'body')} />
      )}
      <h2 id="myndigheder">{w.frontPage.chooseAuthority}</h2>
      <AuthorityDirectory authorities={authorities} danishNames={danishAuthorityNames()} />
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
