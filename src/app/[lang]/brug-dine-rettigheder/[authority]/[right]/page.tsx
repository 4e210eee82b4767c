import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PageTrail } from '@/components/page-trail';
import { ProblemPanel } from '@/components/preview/problem-panel';
import { RequestAdvice } from '@/components/request/request-advice';
import { RequestFollowUp } from '@/components/request/request-follow-up';
import { RequestForm } from '@/components/request/request-form';
import { RequestLetter } from '@/components/request/request-letter';
import {
  authorityPath,
  requestPath,
  requestRightPath,
  requestScriptPath,
  rightSegment,
} from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { authorityFile } from '@/lib/content/source-files';
import { pageMetadata } from '@/lib/page-metadata';
import { buildRequest } from '@/lib/rights-request';
import { requestSectionIds } from '@/lib/section-ids';
import { getAuthority, getContent, getPageDates, getPageProblems, staticParams } from '@/lib/site-content';

interface RequestPageProps {
  params: Promise<{ lang: string; authority: string; right: string }>;
}

/** Each language's addresses: the right's segment in the language (…/indsigt, …/en/…/access). */
export function generateStaticParams({ params }: { params: { lang: string } }) {
  return staticParams((content) =>
    content.authorities.flatMap((authority) =>
      authority.requestableRights.map((right) => ({
        authority: authority.slug,
        right: rightSegment(params.lang, right),
      })),
    ),
  );
}

/** The authority and the request for every notice, or nothing where the right does not apply there. */
async function requestOf(params: RequestPageProps['params']) {
  const { lang, authority: slug, right } = await params;
  const authority = getAuthority(slug);
  const id = authority?.requestableRights.find((candidate) => rightSegment(lang, candidate) === right);
  if (!authority || !id) return undefined;
  const { complaint, authorities } = getContent();
  const request = buildRequest({
    authority,
    right: id,
    notices: 'all',
    words: words(),
    supervisor: complaint.supervisoryAuthority,
    ministry: authorities.find((candidate) => candidate.kind === 'department'),
  });
  return { authority, request };
}

export async function generateMetadata({ params }: RequestPageProps): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const found = await requestOf(params);
  if (!found) return {};
  const { authority, request } = found;
  const w = words().requestPage;
  return pageMetadata({
    path: requestRightPath(authority.slug, request.right),
    title: w.requestTo(request.subject, authority.nameForms),
    description: w.requestDescription(request.subject, authority.nameForms),
  });
}

/**
 * The letter to use one right, complete without JavaScript: print it and write on its blank lines.
 * public/anmodning.js adds fields that fill the blanks, notice choices, copying and printing.
 */
export default async function RequestPage({ params }: RequestPageProps) {
  await setPageLanguageFrom(params);
  const problems = getPageProblems(authorityFile((await params).authority));
  if (problems.length > 0) return <ProblemPanel problems={problems} />;
  const found = await requestOf(params);
  if (!found) notFound();
  const { authority, request } = found;
  const w = words();
  const title = w.requestPage.requestTo(request.subject, authority.nameForms);
  return (
    // A letter page: search lists it after the notices and hubs (public/soeg.js), which answer the reader.
    <div
      data-pagefind-body=""
      data-pagefind-meta={`authority:${authority.name}`}
      data-pagefind-filter="page:letter"
    >
      <PageTrail
        path={requestRightPath(authority.slug, request.right)}
        dates={getPageDates(requestRightPath(authority.slug, request.right))}
        trail={[
          { label: w.layout.frontPage, href: '/' },
          { label: authority.name, href: authorityPath(authority.slug) },
          { label: w.requestPage.rightsAt(authority.nameForms), href: requestPath(authority.slug) },
        ]}
        current={title}
        description={w.requestPage.requestDescription(request.subject, authority.nameForms)}
      />
      <h1 className="screen-only">{title}</h1>
      <p className="lead screen-only">{w.requestPage.intro}</p>
      <p className="screen-only" data-request-fallback="">
        {w.requestPage.withoutJavaScript}
      </p>
      <RequestForm request={request} />
      <section aria-labelledby={requestSectionIds.letter}>
        <h2 id={requestSectionIds.letter} className="screen-only">
          {w.requestPage.letter}
        </h2>
        <RequestLetter request={request} />
      </section>
      <RequestAdvice
        request={request}
        authority={authority}
        supervisor={getContent().complaint.supervisoryAuthority.nameForms}
      />
      <RequestFollowUp request={request} />
      <p className="screen-only">
        <a href={localized(requestPath(authority.slug))}>{w.requestPage.otherRights(authority.nameForms)}</a>
      </p>
      {/* A module script is deferred by default, which the rule does not know. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src={requestScriptPath} />
    </div>
  );
}
