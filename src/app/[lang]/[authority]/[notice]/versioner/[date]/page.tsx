import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';

import { ContentsList } from '@/components/contents-list';
import { MarkdownHtml } from '@/components/markdown-html';
import { NoticeSideNav } from '@/components/notice-side-nav';
import { FirstLayer } from '@/components/notice/first-layer';
import { noticePageSections } from '@/components/notice/notice-page-sections';
import { VersionComparison } from '@/components/notice/version-comparison';
import { VersionMarking } from '@/components/notice/version-marking';
import { sectionsFor } from '@/components/page-sections';
import { PageTrail } from '@/components/page-trail';
import { TranslationNote } from '@/components/translation-note';
import { authorityPath, noticePath, versionPath } from '@/config/routes';
import { words } from '@/i18n';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { samePurposeElsewhere } from '@/lib/overview';
import { pageMetadata } from '@/lib/page-metadata';
import { getAuthority, getContent, getNotice } from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';
import {
  getNoticeVersion,
  getWithdrawal,
  versionIn,
  versionsOf,
  versionStaticParams,
} from '@/lib/site-content/versions';

interface VersionPageProps {
  params: Promise<{ lang: string; authority: string; notice: string; date: string }>;
}

export function generateStaticParams() {
  return versionStaticParams();
}

/** The version and what the page compares it with: the current notice, or a withdrawn notice's last version. */
async function find(params: VersionPageProps['params']) {
  const { authority: authoritySlug, notice: noticeSlug, date } = await params;
  const authority = getAuthority(authoritySlug);
  const current = getNotice(authoritySlug, noticeSlug);
  const withdrawal = current ? undefined : getWithdrawal(authoritySlug, noticeSlug);
  const file = current?.file ?? withdrawal?.file;
  const found = file && getNoticeVersion({ file }, date);
  if (!authority || !found) return undefined;
  return {
    authority,
    current,
    withdrawal,
    version: found.version,
    notice: versionIn(found.version),
    latest: current
      ? { notice: current }
      : withdrawal && withdrawal.last.date !== date
        ? { notice: versionIn(withdrawal.last), withdrawn: true }
        : undefined,
    previous: found.previous && { notice: versionIn(found.previous), date: found.previous.date },
    path: versionPath(authority.slug, noticeSlug, date),
  };
}

// A past version is kept for the record: canonical to its own address, never indexed (robots: noindex),
// in no sitemap, and without data-pagefind-body, so the site's search finds only the current notice.
export async function generateMetadata({ params }: VersionPageProps): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const found = await find(params);
  if (!found) return {};
  const { authority, notice, version, path } = found;
  return {
    ...pageMetadata({
      path,
      title: `${words().versions.title(notice.title, words().formatDate(version.date))} – ${authority.name}`,
      description: `${authority.name}: ${notice.summary}`,
    }),
    robots: { index: false },
  };
}

/** A notice as it applied from a past date: the same page as the current notice's, marked and compared. */
export default async function VersionPage({ params }: VersionPageProps) {
  await setPageLanguageFrom(params);
  const found = await find(params);
  if (!found) notFound();
  const { authority, current, withdrawal, notice, version, latest, previous, path } = found;
  const content = getContent();
  const w = words();
  const sections = sectionsFor(noticePageSections, {
    authority,
    notice,
    rights: content.rights,
    complaint: content.complaint,
    // A withdrawn notice's page suggests no other notice in its place.
    samePurpose: current ? samePurposeElsewhere(content, current) : [],
    topic: content.topics.topics.find((candidate) => candidate.id === notice.topic),
    versions: versionsOf(notice, version.date),
  });
  const trail = [
    { label: w.layout.frontPage, href: '/' },
    { label: authority.name, href: authorityPath(authority.slug) },
  ];
  return (
    <div className="with-side-nav">
      <div className="page-body">
        <PageTrail
          path={path}
          dates={undefined}
          description={notice.summary}
          trail={
            current
              ? [...trail, { label: current.title, href: noticePath(authority.slug, current.slug) }]
              : trail
          }
          current={
            current
              ? w.versions.crumb(w.formatDate(version.date))
              : w.versions.title(notice.title, w.formatDate(version.date))
          }
        />
        <h1 lang={langOfText(notice, 'title')}>{notice.title}</h1>
        <VersionMarking
          authority={authority}
          notice={notice.slug}
          version={version}
          withdrawn={withdrawal?.date}
          compared={latest !== undefined || previous !== undefined}
        />
        <p className="lead" lang={langOfText(notice, 'summary')}>
          {notice.summary}
        </p>
        <TranslationNote of={notice} path={path} />
        <FirstLayer authority={authority} notice={notice} />
        <ContentsList items={sections.filter((section) => section.inContents)} />
        <MarkdownHtml html={notice.body.html} lang={langOfText(notice, 'body')} />
        {sections.map((section) => (
          <Fragment key={section.id}>{section.content}</Fragment>
        ))}
        <VersionComparison version={notice} latest={latest} previous={previous} />
      </div>
      <NoticeSideNav authority={authority} current={notice.slug} />
    </div>
  );
}
