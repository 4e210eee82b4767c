import {
  authorityPath,
  noticePath,
  openDataLdPathOf,
  openDataPathOf,
  openDataSchemaPath,
  versionPath,
} from '../../config/routes';
import { provisionCode } from '../../i18n/citations';
import { da } from '../../i18n/dictionaries/da';
import type { AuthorityElement, NoticeElement } from '../content/schema';
import type { Authority, Content, Notice } from '../content/types';
import { newestDate } from '../dates';
import { lastUpdated, reviewDue } from '../gdpr/review';
import { applicableRights } from '../gdpr/rights';
import { legalBasisIri, rightIri } from './dpv';
import {
  notPublished,
  openDataFormatVersion,
  withdrawnStatus,
  type AuthorityExport,
  type NoticeField,
  type OpenDataIndex,
  type ProcessingExport,
} from './schema';

type ExportContent = Pick<Content, 'authorities' | 'rights' | 'complaint'>;

/** A notice's past versions that can be shown: the date each applied from, and until when. */
type Versions = readonly { date: string; until?: string }[];
export type VersionsOf = (notice: Notice) => Versions;

/** A withdrawn notice: its slug, its last version's title, the date it was withdrawn and its versions. */
export interface WithdrawnInput {
  slug: string;
  title: string;
  withdrawn: string;
  versions: Versions;
}

const versionsExport = (authority: string, slug: string, versions: Versions, siteUrl: string) =>
  versions.map(({ date, until }) => ({
    date,
    until: until ?? null,
    url: new URL(versionPath(authority, slug, date), siteUrl).href,
  }));

const withIri = <T extends { article: string }>(bases: readonly T[] | undefined) =>
  bases?.map((basis) => ({ ...basis, dpv: legalBasisIri(basis.article) }));

/** The export field that states each notice element; null where the export does not carry it. */
const noticeFieldOf: Record<NoticeElement, NoticeField | null> = {
  legalBasis: 'legalBases',
  specialCategoryBasis: 'specialCategoryBases',
  criminalOffenceBasis: 'dataProtectionActBases',
  cprBasis: 'dataProtectionActBases',
  legitimateInterest: null,
  consentWithdrawal: null,
  dataCategories: 'categoriesOfPersonalData',
  sources: 'sources',
  recipients: 'recipients',
  transfers: 'thirdCountryTransfers',
  retention: 'retention',
  automatedDecisions: 'automatedDecisions',
  provisionRequirement: null,
};

/** The export field that states each authority element. */
const authorityFieldOf = {
  controllerContact: 'controller.contact',
  dpoContact: 'dataProtectionOfficer.contact',
} as const satisfies Record<AuthorityElement, string>;

/** The retention as the format states it: the period in words, a duration worded in Danish ("30 dage"). */
function retentionOf({ duration, period, criteria }: NonNullable<Notice['retention']>) {
  const inWords = duration ? da.formatDuration(duration) : period;
  return { ...(inWords && { period: inWords }), ...(criteria && { criteria }) };
}

function processingOf(
  notice: Notice,
  content: ExportContent,
  siteUrl: string,
  versionsOf: VersionsOf,
): ProcessingExport {
  const articleOf = (id: string) => {
    const right = content.rights.rights.find((candidate) => candidate.id === id);
    return right ? provisionCode(right) : '';
  };
  const gaps = notice.knownGaps ?? [];
  // A field that a declared gap covers says null, never an empty list, which would read as "none".
  const unlessGap = <T>(element: NoticeElement, value: T | undefined) =>
    gaps.some((gap) => gap.element === element) ? null : (value ?? null);
  return {
    id: notice.slug,
    title: notice.title,
    url: new URL(noticePath(notice.authority, notice.slug), siteUrl).href,
    summary: notice.summary,
    topic: notice.topic,
    purpose: notice.purpose,
    legalBases: unlessGap('legalBasis', withIri(notice.legalBases)),
    specialCategoryBases: unlessGap('specialCategoryBasis', withIri(notice.specialCategoryBases)),
    dataProtectionActBases: notice.dataProtectionActBases ?? null,
    statutes: notice.statutes ?? null,
    categoriesOfPersonalData: unlessGap('dataCategories', notice.dataCategories),
    categoriesOfDataSubjects: notice.dataSubjects ?? null,
    sources: unlessGap('sources', notice.sources),
    recipients: unlessGap('recipients', notice.recipients),
    thirdCountryTransfers: unlessGap('transfers', notice.transfers),
    retention: unlessGap('retention', notice.retention && retentionOf(notice.retention)),
    automatedDecisions: unlessGap('automatedDecisions', notice.automatedDecisions),
    rights: applicableRights(notice).map(({ id, limited }) => ({
      id,
      article: articleOf(id),
      limited,
      dpv: rightIri(id),
    })),
    lastReviewed: notice.lastReviewed,
    reviewBy: reviewDue(notice),
    // The export keeps its format: date and note (which elements changed is the change log's, for now).
    changes: notice.changes.map(({ date, note }) => ({ date, note })),
    versions: versionsExport(notice.authority, notice.slug, versionsOf(notice), siteUrl),
    knownGaps: gaps.map(({ element, reason }) => ({
      element,
      field: noticeFieldOf[element],
      status: notPublished,
      reason,
    })),
  };
}

/** One authority's processing as open data (format 1), shaped after GDPR Art. 30(1) and 13/14. */
export function authorityExport(
  authority: Authority,
  content: ExportContent,
  siteUrl: string,
  versionsOf: VersionsOf = () => [],
  withdrawn: readonly WithdrawnInput[] = [],
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
    knownGaps: (authority.knownGaps ?? []).map(({ element, reason }) => ({
      element,
      field: authorityFieldOf[element],
      status: notPublished,
      reason,
    })),
    supervisoryAuthority: { name: supervisoryAuthority.name, website: supervisoryAuthority.website },
    processing: authority.notices.map((notice) => processingOf(notice, content, siteUrl, versionsOf)),
    withdrawnProcessing: withdrawn.map(({ slug, title, withdrawn: date, versions }) => ({
      id: slug,
      title,
      status: withdrawnStatus,
      withdrawn: date,
      versions: versionsExport(authority.slug, slug, versions, siteUrl),
    })),
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
      newestDate(content.authorities.flatMap((authority) => authority.notices.map(lastUpdated))) ?? '',
    authorities: content.authorities.map((authority) => ({
      id: authority.slug,
      name: authority.name,
      url: absolute(authorityPath(authority.slug)),
      data: absolute(openDataPathOf(authority.slug)),
      jsonLd: absolute(openDataLdPathOf(authority.slug)),
    })),
  };
}
