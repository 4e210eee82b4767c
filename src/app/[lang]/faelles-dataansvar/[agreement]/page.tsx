import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { MarkdownHtml } from '@/components/markdown-html';
import { PageTrail } from '@/components/page-trail';
import { ProblemPanel } from '@/components/preview/problem-panel';
import { SearchWords } from '@/components/search-words';
import { TranslationNote } from '@/components/translation-note';
import { agreementPath, authorityPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { agreementFile } from '@/lib/content/source-files';
import { pageMetadata } from '@/lib/page-metadata';
import { agreementSectionIds } from '@/lib/section-ids';
import { getAgreement, getAuthority, getPageDates, getPageProblems, staticParams } from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';

interface AgreementPageProps {
  params: Promise<{ lang: string; agreement: string }>;
}

export function generateStaticParams() {
  return staticParams((content) => content.agreements.map((agreement) => ({ agreement: agreement.slug })));
}

export async function generateMetadata({ params }: AgreementPageProps): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const agreement = getAgreement((await params).agreement);
  return agreement
    ? pageMetadata({
        path: agreementPath(agreement.slug),
        title: agreement.title,
        description: agreement.summary,
      })
    : {};
}

export default async function AgreementPage({ params }: AgreementPageProps) {
  await setPageLanguageFrom(params);
  const slug = (await params).agreement;
  const problems = getPageProblems(agreementFile(slug));
  if (problems.length > 0) return <ProblemPanel problems={problems} />;
  const agreement = getAgreement(slug);
  if (!agreement) notFound();
  const parties = agreement.parties.flatMap((slug) => getAuthority(slug) ?? []);
  const w = words();
  return (
    <div data-pagefind-body="">
      <SearchWords words={agreement.searchWords} />
      <PageTrail
        path={agreementPath(agreement.slug)}
        dates={getPageDates(agreementPath(agreement.slug))}
        trail={[{ label: w.layout.frontPage, href: '/' }]}
        current={agreement.title}
        description={agreement.summary}
      />
      <h1 lang={langOfText(agreement, 'title')}>{agreement.title}</h1>
      <p className="lead" lang={langOfText(agreement, 'summary')}>
        {agreement.summary}
      </p>
      <TranslationNote of={agreement} path={agreementPath(agreement.slug)} />
      <section aria-labelledby={agreementSectionIds.parties}>
        <h2 id={agreementSectionIds.parties}>{w.agreementPage.parties}</h2>
        <ul>
          {parties.map((party) => (
            <li key={party.slug}>
              <a href={localized(authorityPath(party.slug))}>{party.name}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={agreementSectionIds.covers}>
        <h2 id={agreementSectionIds.covers}>{w.agreementPage.covers}</h2>
        <p>{agreement.covers}</p>
      </section>
      <MarkdownHtml html={agreement.body.html} lang={langOfText(agreement, 'body')} />
      {agreement.document && (
        <section aria-labelledby={agreementSectionIds.document}>
          <h2 id={agreementSectionIds.document}>{w.agreementPage.document}</h2>
          {agreement.document.url ? (
            <p>
              <a href={agreement.document.url}>{agreement.document.title}</a>
            </p>
          ) : (
            <p>{w.agreementPage.documentNotPublished(agreement.document.title)}</p>
          )}
        </section>
      )}
    </div>
  );
}
