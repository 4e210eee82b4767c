import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { authorityContents } from '@/components/authority-sections';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ContentsList } from '@/components/contents-list';
import { ComplaintSection } from '@/components/complaint-section';
import { ControllerContactSection } from '@/components/controller-contact-section';
import { DpoSection } from '@/components/dpo-section';
import { JointControlSection } from '@/components/joint-control-section';
import { MarkdownHtml } from '@/components/markdown-html';
import { PurposeList } from '@/components/purpose-list';
import { RightsSection } from '@/components/rights-section';
import { PrintAddress } from '@/components/print-address';
import { getAgreementsOf, getAuthority, getContent } from '@/lib/content';
import { authorityPath } from '@/lib/routes';

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
  return {
    title: `${authority.genitive} behandling af personoplysninger`,
    description: `Hvorfor ${authority.name} behandler personoplysninger, dine rettigheder, og hvordan du kontakter ${authority.name} og databeskyttelsesrådgiveren.`,
  };
}

export default async function AuthorityPage({ params }: AuthorityPageProps) {
  const authority = getAuthority((await params).authority);
  if (!authority) notFound();
  const { rights, complaint } = getContent();
  const agreements = getAgreementsOf(authority.slug);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Forside', href: '/' }]} current={authority.name} />
      <h1>{authority.genitive} behandling af personoplysninger</h1>
      <MarkdownHtml html={authority.intro.html} />
      <ContentsList items={authorityContents(authority, agreements.length > 0, complaint.supervisoryAuthority.name)} />
      <JointControlSection agreements={agreements} />
      <PurposeList authority={authority} />
      <RightsSection authority={authority} rights={rights} />
      <ControllerContactSection authority={authority} level={2} />
      <DpoSection authority={authority} level={2} />
      <ComplaintSection complaint={complaint} level={2} />
      <PrintAddress path={authorityPath(authority.slug)} />
    </>
  );
}
