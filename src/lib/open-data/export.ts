import { newestDate } from '../changes';
import type { Authority, Content, Purpose } from '../content/load';
import { lastUpdated, reviewDue } from '../gdpr/review';
import { applicableRights } from '../gdpr/rights';
import { authorityPath, openDataLdPathOf, openDataPathOf, openDataSchemaPath, purposePath } from '../routes';
import { legalBasisIri, rightIri } from './dpv';
import {
  openDataFormatVersion,
  type AuthorityExport,
  type OpenDataIndex,
  type ProcessingExport,
} from './schema';

type ExportContent = Pick<Content, 'authorities' | 'rights' | 'complaint'>;

const withIri = <T extends { article: string }>(bases: readonly T[] | undefined) =>
  bases?.map((basis) => ({ ...basis, dpv: legalBasisIri(basis.article) })) ?? null;

function processingOf(purpose: Purpose, content: ExportContent, siteUrl: string): ProcessingExport {
  const articleOf = (id: string) => content.rights.rights.find((right) => right.id === id)?.article ?? '';
  return {
    id: purpose.slug,
    title: purpose.title,
    url: new URL(purposePath(purpose.authority, purpose.slug), siteUrl).href,
    summary: purpose.summary,
    topic: purpose.topic,
    purpose: purpose.purpose,
    legalBases: withIri(purpose.legalBases),
    specialCategoryBases: withIri(purpose.specialCategoryBases),
    dataProtectionActBases: purpose.dataProtectionActBases ?? null,
    statutes: purpose.statutes ?? null,
    categoriesOfPersonalData: purpose.dataCategories ?? null,
    categoriesOfDataSubjects: purpose.dataSubjects ?? null,
    sources: purpose.sources ?? null,
    recipients: purpose.recipients ?? null,
    thirdCountryTransfers: purpose.transfers ?? null,
    retention: purpose.retention ?? null,
    automatedDecisions: purpose.automatedDecisions ?? null,
    rights: applicableRights(purpose).map(({ id, limited }) => ({
      id,
      article: articleOf(id),
      limited,
      dpv: rightIri(id),
    })),
    lastReviewed: purpose.lastReviewed,
    reviewBy: reviewDue(purpose),
    changes: purpose.changes,
    knownGaps: purpose.knownGaps ?? [],
  };
}

/** One authority's processing as open data (format 1), shaped after GDPR Art. 30(1) and 13/14. */
export function authorityExport(
  authority: Authority,
  content: ExportContent,
  siteUrl: string,
): AuthorityExport {
  const { supervisoryAuthority } = content.complaint;
  return {
    formatVersion: openDataFormatVersion,
    controller: {
      id: authority.slug,
      name: authority.name,
      kind: authority.kind,
      website: authority.website,
      url: new URL(authorityPath(authority.slug), siteUrl).href,
      contact: authority.controllerContact ?? null,
    },
    dataProtectionOfficer: { contact: authority.dpoContact ?? null },
    knownGaps: authority.knownGaps ?? [],
    supervisoryAuthority: { name: supervisoryAuthority.name, website: supervisoryAuthority.website },
    processing: authority.purposes.map((purpose) => processingOf(purpose, content, siteUrl)),
  };
}

/** The index of all authority documents. */
export function openDataIndex(content: ExportContent, siteUrl: string, publisher: string): OpenDataIndex {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  return {
    formatVersion: openDataFormatVersion,
    schema: absolute(openDataSchemaPath),
    publisher,
    lastModified:
      newestDate(content.authorities.flatMap((authority) => authority.purposes.map(lastUpdated))) ?? '',
    authorities: content.authorities.map((authority) => ({
      id: authority.slug,
      name: authority.name,
      url: absolute(authorityPath(authority.slug)),
      data: absolute(openDataPathOf(authority.slug)),
      jsonLd: absolute(openDataLdPathOf(authority.slug)),
    })),
  };
}
