import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ComplaintSection } from '@/components/complaint-section';
import { ContentsList } from '@/components/contents-list';
import { ControllerContactSection } from '@/components/controller-contact-section';
import { DpoSection } from '@/components/dpo-section';
import { MarkdownHtml } from '@/components/markdown-html';
import { AutomatedDecisionsSection } from '@/components/notice/automated-decisions-section';
import { ChangeHistorySection } from '@/components/notice/change-history-section';
import { DataCategoriesSection } from '@/components/notice/data-categories-section';
import { LegalBasisSection } from '@/components/notice/legal-basis-section';
import { NoticeRightsSection } from '@/components/notice/notice-rights-section';
import { noticeSections } from '@/components/notice/notice-sections';
import { ProvisionSection } from '@/components/notice/provision-section';
import { RecipientsSection } from '@/components/notice/recipients-section';
import { RetentionSection } from '@/components/notice/retention-section';
import { SamePurposeSection } from '@/components/notice/same-purpose-section';
import { SourcesSection } from '@/components/notice/sources-section';
import { TransfersSection } from '@/components/notice/transfers-section';
import { PageTrail } from '@/components/page-trail';
import { PrintAddress } from '@/components/print-address';
import { PurposeSideNav } from '@/components/purpose-side-nav';
import { getAuthority, getContent, getPageDates, getPurpose } from '@/lib/content';
import { lastUpdated } from '@/lib/gdpr/review';
import { formatDate } from '@/lib/labels';
import { samePurposeElsewhere } from '@/lib/overview';
import { pageMetadata } from '@/lib/page-metadata';
import { authorityPath, purposePath } from '@/lib/routes';

interface PurposePageProps {
  params: Promise<{ authority: string; purpose: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().authorities.flatMap((authority) =>
    authority.purposes.map((purpose) => ({ authority: authority.slug, purpose: purpose.slug })),
  );
}

async function find(params: PurposePageProps['params']) {
  const { authority: authoritySlug, purpose: purposeSlug } = await params;
  const authority = getAuthority(authoritySlug);
  const purpose = getPurpose(authoritySlug, purposeSlug);
  return authority && purpose ? { authority, purpose } : undefined;
}

export async function generateMetadata({ params }: PurposePageProps): Promise<Metadata> {
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
  const found = await find(params);
  if (!found) notFound();
  const { authority, purpose } = found;
  const content = getContent();
  const { complaint, rights } = content;
  // The loader rejects a purpose whose topic is not in the topics file.
  const topic = content.topics.topics.find((candidate) => candidate.id === purpose.topic)!;
  const updated = lastUpdated(purpose);
  return (
    <div className="with-side-nav">
      <div className="page-body" data-pagefind-body="" data-pagefind-meta={`authority:${authority.name}`}>
        <PageTrail
          path={purposePath(authority.slug, purpose.slug)}
          dates={getPageDates(purposePath(authority.slug, purpose.slug))}
          description={purpose.summary}
          trail={[
            { label: 'Forside', href: '/' },
            { label: authority.name, href: authorityPath(authority.slug) },
          ]}
          current={purpose.title}
        />
        <h1>{purpose.title}</h1>
        <p className="lead">{purpose.summary}</p>
        <p className="meta">
          Senest opdateret <time dateTime={updated}>{formatDate(updated)}</time>
        </p>
        <ContentsList items={Object.values(noticeSections)} />
        <MarkdownHtml html={purpose.body.html} />
        <LegalBasisSection purpose={purpose} />
        <DataCategoriesSection purpose={purpose} />
        <SourcesSection purpose={purpose} />
        <RecipientsSection purpose={purpose} />
        <TransfersSection purpose={purpose} />
        <RetentionSection purpose={purpose} />
        <AutomatedDecisionsSection purpose={purpose} />
        <ProvisionSection purpose={purpose} />
        <NoticeRightsSection authority={authority} purpose={purpose} rights={rights}>
          <ComplaintSection complaint={complaint} level={3} />
        </NoticeRightsSection>
        <section aria-labelledby={noticeSections.contact.id}>
          <h2 id={noticeSections.contact.id}>{noticeSections.contact.title}</h2>
          <ControllerContactSection authority={authority} level={3} />
          <DpoSection authority={authority} level={3} />
        </section>
        <SamePurposeSection entries={samePurposeElsewhere(content, purpose)} topic={topic} />
        <ChangeHistorySection purpose={purpose} />
        <PrintAddress path={purposePath(authority.slug, purpose.slug)} updated={updated} />
        <p>
          <a href={authorityPath(authority.slug)}>Tilbage til {authority.genitive} oversigt over formål</a>
        </p>
      </div>
      <PurposeSideNav authority={authority} current={purpose.slug} />
    </div>
  );
}
