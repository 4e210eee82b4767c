import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';

import { ContentsList } from '@/components/contents-list';
import { MarkdownHtml } from '@/components/markdown-html';
import { NoticeSideNav } from '@/components/notice-side-nav';
import { FirstLayer } from '@/components/notice/first-layer';
import { noticePageSections } from '@/components/notice/notice-page-sections';
import { WithdrawnNotice } from '@/components/notice/withdrawn-notice';
import { sectionsFor } from '@/components/page-sections';
import { PageTrail } from '@/components/page-trail';
import { NoticeStatusBar } from '@/components/preview/notice-status-bar';
import { ProblemPanel } from '@/components/preview/problem-panel';
import { PrintAddress } from '@/components/print-address';
import { SearchWords } from '@/components/search-words';
import { TranslationNote } from '@/components/translation-note';
import { isPreview } from '@/config/environment';
import { authorityPath, noticePath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { authorityFile, noticeFile } from '@/lib/content/source-files';
import { lastUpdated } from '@/lib/gdpr/review';
import { noticeStatus } from '@/lib/notice-status';
import { samePurposeElsewhere } from '@/lib/overview';
import { pageMetadata } from '@/lib/page-metadata';
import {
  getAuthority,
  getContent,
  getNotice,
  getPageDates,
  getPageProblems,
  staticParams,
} from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';
import { getWithdrawal, versionIn, versionsOf, withdrawnStaticParams } from '@/lib/site-content/versions';

interface NoticePageProps {
  params: Promise<{ lang: string; authority: string; notice: string }>;
}

export function generateStaticParams() {
  return [
    ...staticParams((content) =>
      content.authorities.flatMap((authority) =>
        authority.notices.map((notice) => ({ authority: authority.slug, notice: notice.slug })),
      ),
    ),
    ...withdrawnStaticParams(),
  ];
}

async function find(params: NoticePageProps['params']) {
  const { authority: authoritySlug, notice: noticeSlug } = await params;
  const authority = getAuthority(authoritySlug);
  const notice = getNotice(authoritySlug, noticeSlug);
  return authority && notice ? { authority, notice } : undefined;
}

/** A withdrawn notice at this address: its authority, its last version in the page's language and the dates. */
async function findWithdrawn(params: NoticePageProps['params']) {
  const { authority: authoritySlug, notice: noticeSlug } = await params;
  const authority = getAuthority(authoritySlug);
  const withdrawal = getWithdrawal(authoritySlug, noticeSlug);
  return authority && withdrawal
    ? {
        authority,
        last: versionIn(withdrawal.last),
        lastDate: withdrawal.last.date,
        withdrawn: withdrawal.date,
      }
    : undefined;
}

export async function generateMetadata({ params }: NoticePageProps): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const found = await find(params);
  const withdrawn = !found && (await findWithdrawn(params));
  // A withdrawn notice's old address is kept for links made to it, never indexed.
  if (withdrawn)
    return {
      ...pageMetadata({
        path: noticePath(withdrawn.authority.slug, withdrawn.last.slug),
        title: `${withdrawn.last.title} – ${withdrawn.authority.name}`,
        description: `${withdrawn.authority.name}: ${withdrawn.last.summary}`,
      }),
      robots: { index: false },
    };
  if (!found) return {};
  const { authority, notice } = found;
  // Several authorities word the same purpose alike: naming the authority keeps each description unique.
  return pageMetadata({
    path: noticePath(authority.slug, notice.slug),
    title: `${notice.title} – ${authority.name}`,
    description: `${authority.name}: ${notice.summary}`,
  });
}

export default async function NoticePage({ params }: NoticePageProps) {
  await setPageLanguageFrom(params);
  const slugs = await params;
  const file = noticeFile(slugs.authority, slugs.notice);
  const problems = getPageProblems(file, authorityFile(slugs.authority));
  if (problems.length > 0)
    return (
      <>
        <NoticeStatusBar file={file} status={noticeStatus(undefined, problems.length)} />
        <ProblemPanel problems={problems} />
      </>
    );
  const found = await find(params);
  if (!found) {
    const withdrawn = await findWithdrawn(params);
    if (withdrawn) return <WithdrawnNotice {...withdrawn} />;
    notFound();
  }
  const { authority, notice } = found;
  const content = getContent();
  const path = noticePath(authority.slug, notice.slug);
  const updated = lastUpdated(notice);
  const w = words();
  const sections = sectionsFor(noticePageSections, {
    authority,
    notice,
    rights: content.rights,
    complaint: content.complaint,
    samePurpose: samePurposeElsewhere(content, notice),
    // The loader rejects a notice whose topic is not in the topics file.
    topic: content.topics.topics.find((candidate) => candidate.id === notice.topic)!,
    versions: versionsOf(notice),
  });
  return (
    <div className="with-side-nav">
      <div className="page-body" data-pagefind-body="" data-pagefind-meta={`authority:${authority.name}`}>
        {isPreview && <NoticeStatusBar file={notice.file} status={noticeStatus(notice, 0)} />}
        <SearchWords words={notice.searchWords} />
        <PageTrail
          path={path}
          dates={getPageDates(path)}
          description={notice.summary}
          trail={[
            { label: w.layout.frontPage, href: '/' },
            { label: authority.name, href: authorityPath(authority.slug) },
          ]}
          current={notice.title}
        />
        <h1 lang={langOfText(notice, 'title')}>{notice.title}</h1>
        <p className="lead" lang={langOfText(notice, 'summary')}>
          {notice.summary}
        </p>
        <TranslationNote of={notice} path={path} />
        <FirstLayer authority={authority} notice={notice} />
        <p className="meta">{w.notice.updated(<time dateTime={updated}>{w.formatDate(updated)}</time>)}</p>
        <ContentsList items={sections.filter((section) => section.inContents)} />
        <MarkdownHtml html={notice.body.html} lang={langOfText(notice, 'body')} />
        {sections.map((section) => (
          <Fragment key={section.id}>{section.content}</Fragment>
        ))}
        <PrintAddress path={path} updated={updated} />
        <p>
          <a href={localized(authorityPath(authority.slug))}>
            {w.notice.backToAuthority(authority.nameForms)}
          </a>
        </p>
      </div>
      <NoticeSideNav authority={authority} current={notice.slug} />
    </div>
  );
}
