import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { authorityContents } from '@/components/authority-sections';
import { ComplaintSection } from '@/components/complaint-section';
import { ContentsList } from '@/components/contents-list';
import { ControllerContactSection } from '@/components/controller-contact-section';
import { DpoSection } from '@/components/dpo-section';
import { JointControlSection } from '@/components/joint-control-section';
import { JsonLd } from '@/components/json-ld';
import { MarkdownHtml } from '@/components/markdown-html';
import { PageTrail } from '@/components/page-trail';
import { PrintAddress } from '@/components/print-address';
import { PurposeList } from '@/components/purpose-list';
import { RightsSection } from '@/components/rights-section';
import { getAgreementsOf, getAuthority, getContent, getPageDates, type Authority } from '@/lib/content';
import { pageMetadata } from '@/lib/page-metadata';
import { authorityFeedPath, authorityPath } from '@/lib/routes';
import { organizationData } from '@/lib/structured-data';

interface AuthorityPageProps {
  params: Promise<{ authority: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().authorities.map((authority) => ({ authority: authority.slug }));
}

export async function generateMetadata({ params }: AuthorityPageProps): Promise<Metadata> {
  const authority = getAuthority((await params).authority);
  if (!authority) return {};
  return pageMetadata({
    path: authorityPath(authority.slug),
    title: hubTitle(authority),
    description: hubDescription(authority),
    feed: {
      path: authorityFeedPath(authority.slug),
      title: `Ændringer i ${authority.genitive} beskrivelser`,
    },
  });
}

const hubTitle = (authority: Authority) => `${authority.genitive} behandling af personoplysninger`;
const hubDescription = (authority: Authority) =>
  `Hvorfor ${authority.name} behandler personoplysninger, dine rettigheder, og hvordan du kontakter ${authority.name} og databeskyttelsesrådgiveren.`;

export default async function AuthorityPage({ params }: AuthorityPageProps) {
  const authority = getAuthority((await params).authority);
  if (!authority) notFound();
  const { rights, complaint } = getContent();
  const agreements = getAgreementsOf(authority.slug);
  return (
    <div data-pagefind-body="" data-pagefind-meta={`authority:${authority.name}`}>
      <PageTrail
        path={authorityPath(authority.slug)}
        dates={getPageDates(authorityPath(authority.slug))}
        trail={[{ label: 'Forside', href: '/' }]}
        current={authority.name}
        description={hubDescription(authority)}
      />
      <JsonLd data={organizationData(authority)} />
      <h1>{hubTitle(authority)}</h1>
      <MarkdownHtml html={authority.intro.html} />
      <ContentsList
        items={authorityContents(authority, agreements.length > 0, complaint.supervisoryAuthority.name)}
      />
      <JointControlSection agreements={agreements} />
      <PurposeList authority={authority} />
      <RightsSection authority={authority} rights={rights} />
      <ControllerContactSection authority={authority} level={2} />
      <DpoSection authority={authority} level={2} />
      <ComplaintSection complaint={complaint} level={2} />
      <PrintAddress path={authorityPath(authority.slug)} />
    </div>
  );
}
