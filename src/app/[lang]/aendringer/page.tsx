import type { Metadata } from 'next';

import { ChangeLog } from '@/components/change-log';
import { PageTrail } from '@/components/page-trail';
import { authorityFeedPath, changesPath, siteFeedPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom, type LanguageParams } from '@/i18n/route-language';
import { listChanges } from '@/lib/changes';
import { pageMetadata } from '@/lib/page-metadata';
import { getContent, getPageDates } from '@/lib/site-content';

export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const { title, description } = words().changes;
  return pageMetadata({ path: changesPath, title, description, feed: { path: siteFeedPath, title } });
}

export default async function ChangesPage({ params }: LanguageParams) {
  await setPageLanguageFrom(params);
  const content = getContent();
  const changes = listChanges(content);
  const w = words();
  const { title, description } = w.changes;
  return (
    <>
      <PageTrail
        path={changesPath}
        dates={getPageDates(changesPath)}
        trail={[{ label: w.layout.frontPage, href: '/' }]}
        current={title}
        description={description}
      />
      <h1>{title}</h1>
      <p className="lead">{description}</p>
      <h2 id="foelg-med">{w.changes.follow}</h2>
      <p>{w.changes.subscribe}</p>
      <ul>
        <li>
          <a href={localized(siteFeedPath)}>{w.changes.allFeed}</a>
        </li>
        {content.authorities.map((authority) => (
          <li key={authority.slug}>
            <a href={localized(authorityFeedPath(authority.slug))}>
              {w.changes.authorityFeed(authority.nameForms)}
            </a>
          </li>
        ))}
      </ul>
      <ChangeLog changes={changes} authorities={content.authorities} />
    </>
  );
}
