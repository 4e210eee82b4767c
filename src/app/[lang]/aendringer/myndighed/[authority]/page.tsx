import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ChangeLog } from '@/components/change-log';
import { PageTrail } from '@/components/page-trail';
import { authorityChangesPath, authorityFeedPath, changesPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { listChanges } from '@/lib/changes';
import { pageMetadata } from '@/lib/page-metadata';
import { authorityStaticParams, getAuthority, getContent, getPageDates } from '@/lib/site-content';

interface AuthorityChangesPageProps {
  params: Promise<{ lang: string; authority: string }>;
}

export const generateStaticParams = authorityStaticParams;

export async function generateMetadata({ params }: AuthorityChangesPageProps): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const authority = getAuthority((await params).authority);
  if (!authority) return {};
  const title = words().changes.authorityTitle(authority.nameForms);
  return pageMetadata({
    path: authorityChangesPath(authority.slug),
    title,
    description: words().changes.authorityDescription(authority.nameForms),
    feed: { path: authorityFeedPath(authority.slug), title },
  });
}

/** The change log filtered to one authority's notices: a page of its own, so the filter needs no script. */
export default async function AuthorityChangesPage({ params }: AuthorityChangesPageProps) {
  await setPageLanguageFrom(params);
  const authority = getAuthority((await params).authority);
  if (!authority) notFound();
  const content = getContent();
  const w = words();
  const path = authorityChangesPath(authority.slug);
  const title = w.changes.authorityTitle(authority.nameForms);
  return (
    <>
      <PageTrail
        path={path}
        dates={getPageDates(path)}
        trail={[
          { label: w.layout.frontPage, href: '/' },
          { label: w.changes.title, href: changesPath },
        ]}
        current={title}
        description={w.changes.authorityDescription(authority.nameForms)}
      />
      <h1>{title}</h1>
      <p>
        <a href={localized(authorityFeedPath(authority.slug))}>
          {w.changes.authorityFeed(authority.nameForms)}
        </a>
      </p>
      <ChangeLog
        changes={listChanges(content, authority.slug)}
        authorities={content.authorities}
        current={authority.slug}
      />
    </>
  );
}
