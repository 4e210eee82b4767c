import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';

import { ContentsList } from '@/components/contents-list';
import { MarkdownHtml } from '@/components/markdown-html';
import { GapSummary } from '@/components/notice/gap-summary';
import { noticePageSections, unpublishedElements } from '@/components/notice/notice-page-sections';
import { sectionsFor } from '@/components/page-sections';
import { PageTrail } from '@/components/page-trail';
import { NoticeStatusBar } from '@/components/preview/notice-status-bar';
import { ProblemPanel } from '@/components/preview/problem-panel';
import { PrintAddress } from '@/components/print-address';
import { PurposeSideNav } from '@/components/purpose-side-nav';
import { TranslationNote } from '@/components/translation-note';
import { isPreview } from '@/config/environment';
import { authorityPath, purposePath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { authorityFile, purposeFile } from '@/lib/content/source-files';
import { lastUpdated } from '@/lib/gdpr/review';
import { noticeStatus } from '@/lib/notice-status';
import { samePurposeElsewhere } from '@/lib/overview';
import { pageMetadata } from '@/lib/page-metadata';
import {
  getAuthority,
  getContent,
  getPageDates,
  getPageProblems,
  getPurpose,
  staticParams,
} from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';

interface PurposePageProps {
  params: Promise<{ lang: string; authority: string; purpose: string }>;
}

export function generateStaticParams() {
  return staticParams((content) =>
    content.authorities.flatMap((authority) =>
      authority.purposes.map((purpose) => ({ authority: authority.slug, purpose: purpose.slug })),
    ),
  );
}

async function find(params: PurposePageProps['params']) {
  const { authority: authoritySlug, purpose: purposeSlug } = await params;
  const authority = getAuthority(authoritySlug);
  const purpose = getPurpose(authoritySlug, purposeSlug);
  return authority && purpose ? { authority, purpose } : undefined;
}

export async function generateMetadata({ params }: PurposePageProps): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const found = await find(params);
  if (!found) return {};
  const { authority, purpose } = found;
  // Several authorities word the same purpose alike: naming the authority keeps each description unique.
  return pageMetadata({
    path: purposePath(authority.slug, purpose.slug),
    title: `${purpose.title} – ${authority.name}`,
    description: `${authority.name}: ${purpose.summary}`,
  });
}

export default async function PurposePage({ params }: PurposePageProps) {
  await setPageLanguageFrom(params);
  const slugs = await params;
  const file = purposeFile(slugs.authority, slugs.purpose);
  const problems = getPageProblems(file, authorityFile(slugs.authority));
  if (problems.length > 0)
    return (
      <>
        <NoticeStatusBar file={file} status={noticeStatus(undefined, problems.length)} />
        <ProblemPanel problems={problems} />
      </>
    );
  const found = await find(params);
  if (!found) notFound();
  const { authority, purpose } = found;
  const content = getContent();
  const path = purposePath(authority.slug, purpose.slug);
  const updated = lastUpdated(purpose);
  const w = words();
  const sections = sectionsFor(noticePageSections, {
    authority,
    purpose,
    rights: content.rights,
    complaint: content.complaint,
    samePurpose: samePurposeElsewhere(content, purpose),
    // The loader rejects a purpose whose topic is not in the topics file.
    topic: content.topics.topics.find((candidate) => candidate.id === purpose.topic)!,
  });
  return (
    <div className="with-side-nav">
      <div className="page-body" data-pagefind-body="" data-pagefind-meta={`authority:${authority.name}`}>
        {isPreview && <NoticeStatusBar file={purpose.file} status={noticeStatus(purpose, 0)} />}
        <PageTrail
          path={path}
          dates={getPageDates(path)}
          description={purpose.summary}
          trail={[
            { label: w.layout.frontPage, href: '/' },
            { label: authority.name, href: authorityPath(authority.slug) },
          ]}
          current={purpose.title}
        />
        <h1 lang={langOfText(purpose, 'title')}>{purpose.title}</h1>
        <p className="lead" lang={langOfText(purpose, 'summary')}>
          {purpose.summary}
        </p>
        <p className="meta">{w.notice.updated(<time dateTime={updated}>{w.formatDate(updated)}</time>)}</p>
        <TranslationNote of={purpose} path={path} />
        <GapSummary authority={authority} gaps={unpublishedElements(purpose)} />
        <ContentsList items={sections.filter((section) => section.inContents)} />
        <MarkdownHtml html={purpose.body.html} lang={langOfText(purpose, 'body')} />
        {sections.map((section) => (
          <Fragment key={section.id}>{section.content}</Fragment>
        ))}
        <PrintAddress path={path} updated={updated} />
        <p>
          <a href={localized(authorityPath(authority.slug))}>
            {w.notice.backToAuthority(authority.genitive)}
          </a>
        </p>
      </div>
      <PurposeSideNav authority={authority} current={purpose.slug} />
    </div>
  );
}
