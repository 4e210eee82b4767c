import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PageTrail } from '@/components/page-trail';
import { ProblemPanel } from '@/components/preview/problem-panel';
import { RightsToRequest } from '@/components/request/rights-to-request';
import { authorityPath, requestPath } from '@/config/routes';
import { words } from '@/i18n';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { authorityFile } from '@/lib/content/source-files';
import { pageMetadata } from '@/lib/page-metadata';
import {
  authorityStaticParams,
  getAuthority,
  getContent,
  getPageDates,
  getPageProblems,
} from '@/lib/site-content';

interface RequestIndexPageProps {
  params: Promise<{ lang: string; authority: string }>;
}

export const generateStaticParams = authorityStaticParams;

export async function generateMetadata({ params }: RequestIndexPageProps): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const authority = getAuthority((await params).authority);
  if (!authority) return {};
  const w = words().requestPage;
  return pageMetadata({
    path: requestPath(authority.slug),
    title: w.rightsAt(authority.nameForms),
    description: w.rightsAtDescription(authority.nameForms),
  });
}

/** The rights a reader can use at an authority, each leading to a letter ready to send. */
export default async function RequestIndexPage({ params }: RequestIndexPageProps) {
  await setPageLanguageFrom(params);
  const slug = (await params).authority;
  const problems = getPageProblems(authorityFile(slug));
  if (problems.length > 0) return <ProblemPanel problems={problems} />;
  const authority = getAuthority(slug);
  if (!authority) notFound();
  const w = words();
  const title = w.requestPage.rightsAt(authority.nameForms);
  return (
    // A letter page: search lists it after the notices and hubs (public/soeg.js), which answer the reader.
    <div
      data-pagefind-body=""
      data-pagefind-meta={`authority:${authority.name}`}
      data-pagefind-filter="page:letter"
    >
      <PageTrail
        path={requestPath(slug)}
        dates={getPageDates(requestPath(slug))}
        trail={[
          { label: w.layout.frontPage, href: '/' },
          { label: authority.name, href: authorityPath(slug) },
        ]}
        current={title}
        description={w.requestPage.rightsAtDescription(authority.nameForms)}
      />
      <h1>{title}</h1>
      <p className="lead">{w.requestPage.chooseRight}</p>
      <RightsToRequest authority={authority} rights={getContent().rights} />
    </div>
  );
}
