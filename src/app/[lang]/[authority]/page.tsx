import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';

import { authorityPageSections } from '@/components/authority-page-sections';
import { ContentsList } from '@/components/contents-list';
import { JsonLd } from '@/components/json-ld';
import { MarkdownHtml } from '@/components/markdown-html';
import { sectionsFor } from '@/components/page-sections';
import { PageTrail } from '@/components/page-trail';
import { ProblemPanel } from '@/components/preview/problem-panel';
import { PrintAddress } from '@/components/print-address';
import { SearchWords } from '@/components/search-words';
import { TranslationNote } from '@/components/translation-note';
import { authorityFeedPath, authorityPath } from '@/config/routes';
import { words } from '@/i18n';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { authorityFile } from '@/lib/content/source-files';
import { pageMetadata } from '@/lib/page-metadata';
import {
  authorityStaticParams,
  danishAuthorityNames,
  getAgreementsOf,
  getAuthority,
  getContent,
  getPageDates,
  getPageProblems,
  type Authority,
} from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';
import { getWithdrawals, versionIn } from '@/lib/site-content/versions';
import { situationsWithNotices } from '@/lib/situations';
import { organizationData } from '@/lib/structured-data';

interface AuthorityPageProps {
  params: Promise<{ lang: string; authority: string }>;
}

export const generateStaticParams = authorityStaticParams;

export async function generateMetadata({ params }: AuthorityPageProps): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const authority = getAuthority((await params).authority);
  if (!authority) return {};
  return pageMetadata({
    path: authorityPath(authority.slug),
    title: hubTitle(authority),
    description: hubDescription(authority),
    feed: {
      path: authorityFeedPath(authority.slug),
      title: words().changes.authorityTitle(authority.nameForms),
    },
  });
}

const hubTitle = (authority: Authority) => words().authorityPage.title(authority.nameForms);
const hubDescription = (authority: Authority) => words().authorityPage.description(authority.nameForms);

export default async function AuthorityPage({ params }: AuthorityPageProps) {
  await setPageLanguageFrom(params);
  const slug = (await params).authority;
  const problems = getPageProblems(authorityFile(slug));
  if (problems.length > 0) return <ProblemPanel problems={problems} />;
  const authority = getAuthority(slug);
  if (!authority) notFound();
  const content = getContent();
  const { rights, complaint } = content;
  const path = authorityPath(authority.slug);
  const sections = sectionsFor(authorityPageSections, {
    authority,
    agreements: getAgreementsOf(authority.slug),
    rights,
    complaint,
    situations: {
      entries: situationsWithNotices(content, authority.slug),
      lang: langOfText(content.situations, 'situations'),
    },
    authorities: content.authorities,
    danishNames: danishAuthorityNames(),
    withdrawn: getWithdrawals(authority.slug).map(({ last, date }) => ({
      last: versionIn(last),
      lastDate: last.date,
      withdrawn: date,
    })),
  });
  return (
    <div data-pagefind-body="" data-pagefind-meta={`authority:${authority.name}`}>
      <SearchWords words={[authority.shortName]} />
      <PageTrail
        path={path}
        dates={getPageDates(path)}
        trail={[{ label: words().layout.frontPage, href: '/' }]}
        current={authority.name}
        description={hubDescription(authority)}
      />
      <JsonLd data={organizationData(authority)} />
      <h1>{hubTitle(authority)}</h1>
      <TranslationNote of={authority} path={path} />
      <MarkdownHtml html={authority.intro.html} lang={langOfText(authority, 'body')} />
      <ContentsList items={sections} />
      {sections.map((section) => (
        <Fragment key={section.id}>{section.content}</Fragment>
      ))}
      <PrintAddress path={path} />
    </div>
  );
}
