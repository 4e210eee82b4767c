import { words } from '@/i18n';
import { noticeElementState } from '@/lib/gdpr/completeness';
import type { OverviewEntry } from '@/lib/overview';
import { authoritySectionIds, noticeSectionIds } from '@/lib/section-ids';
import type { Authority, Complaint, Notice, Rights } from '@/lib/site-content';

import { complaintTitle, contactTitle, dpoTitle } from '../authority-page-sections';
import { ComplaintSection } from '../complaint-section';
import { ControllerContactSection } from '../controller-contact-section';
import { DpoSection } from '../dpo-section';
import type { PageSection } from '../page-sections';
import { AboutThisInformationSection } from './about-this-information-section';
import { AutomatedDecisionsSection } from './automated-decisions-section';
import { ChangeHistorySection, type NoticeVersions } from './change-history-section';
import { DataCategoriesSection } from './data-categories-section';
import { LegalBasisSection } from './legal-basis-section';
import { NoticeRightsSection } from './notice-rights-section';
import { ProvisionSection } from './provision-section';
import { RecipientsSection } from './recipients-section';
import { RetentionSection } from './retention-section';
import { SamePurposeSection } from './same-purpose-section';
import { SourcesSection } from './sources-section';
import { TransfersSection } from './transfers-section';

/** What a notice page shows: the notice, its authority, the shared texts and the same purpose elsewhere. */
export interface NoticePage {
  authority: Authority;
  notice: Notice;
  rights: Rights;
  complaint: Complaint;
  /** The same purpose at other authorities. */
  samePurpose: readonly OverviewEntry[];
  /** The topic that groups the notice with them; absent where none is shown (a withdrawn notice's version). */
  topic?: { id: string; title: string };
  /** Its versions, which the change history links; absent where the page has none to show (the editor's draft). */
  versions?: NoticeVersions;
}

/**
 * A notice page's sections in page order. Those shown on some notices only stay out of "Indhold på
 * siden", so the contents read the same on every notice.
 */
export const noticePageSections: readonly PageSection<NoticePage>[] = [
  {
    id: noticeSectionIds.legalBasis,
    title: () => words().notice.sections.legalBasis,
    render: ({ authority, notice }, heading) => (
      <LegalBasisSection heading={heading} authority={authority} notice={notice} />
    ),
  },
  {
    id: noticeSectionIds.dataCategories,
    title: () => words().notice.sections.dataCategories,
    render: ({ notice }, heading) => <DataCategoriesSection heading={heading} notice={notice} />,
  },
  {
    id: noticeSectionIds.sources,
    title: () => words().notice.sections.sources,
    render: ({ notice }, heading) => <SourcesSection heading={heading} notice={notice} />,
  },
  {
    id: noticeSectionIds.recipients,
    title: () => words().notice.sections.recipients,
    render: ({ notice }, heading) => <RecipientsSection heading={heading} notice={notice} />,
  },
  {
    id: noticeSectionIds.transfers,
    title: () => words().notice.sections.transfers,
    render: ({ notice }, heading) => <TransfersSection heading={heading} notice={notice} />,
  },
  {
    id: noticeSectionIds.retention,
    title: () => words().notice.sections.retention,
    render: ({ notice }, heading) => <RetentionSection heading={heading} notice={notice} />,
  },
  {
    id: noticeSectionIds.automatedDecisions,
    title: () => words().notice.sections.automatedDecisions,
    render: ({ notice }, heading) => <AutomatedDecisionsSection heading={heading} notice={notice} />,
  },
  {
    id: noticeSectionIds.provision,
    title: () => words().notice.sections.provision,
    // Art. 13(2)(e) applies only where data may come from the person.
    shownFor: ({ notice }) => noticeElementState(notice, 'provisionRequirement').kind !== 'notRequired',
    inContents: false,
    render: ({ notice }, heading) => <ProvisionSection heading={heading} notice={notice} />,
  },
  {
    id: noticeSectionIds.rights,
    title: () => words().notice.sections.rights,
    render: ({ authority, notice, rights, complaint }, heading) => (
      <NoticeRightsSection heading={heading} authority={authority} notice={notice} rights={rights}>
        <ComplaintSection
          heading={{ id: authoritySectionIds.complaint, title: complaintTitle(complaint) }}
          level={3}
          complaint={complaint}
        />
      </NoticeRightsSection>
    ),
  },
  {
    id: noticeSectionIds.contact,
    title: () => words().notice.sections.contact,
    render: ({ authority }, { id, title }) => (
      <section aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        <ControllerContactSection
          heading={{ id: authoritySectionIds.contact, title: contactTitle(authority) }}
          level={3}
          authority={authority}
        />
        <DpoSection
          heading={{ id: authoritySectionIds.dpo, title: dpoTitle(authority) }}
          level={3}
          authority={authority}
        />
      </section>
    ),
  },
  {
    id: noticeSectionIds.samePurpose,
    title: () => words().notice.sections.samePurpose,
    shownFor: ({ samePurpose, topic }) => samePurpose.length > 0 && topic !== undefined,
    inContents: false,
    render: ({ samePurpose, topic }, heading) =>
      topic && <SamePurposeSection heading={heading} entries={samePurpose} topic={topic} />,
  },
  {
    id: noticeSectionIds.changes,
    title: () => words().notice.sections.changes,
    render: ({ notice, versions }, heading) => (
      <ChangeHistorySection heading={heading} notice={notice} versions={versions} />
    ),
  },
  {
    id: noticeSectionIds.aboutThisInformation,
    title: () => words().notice.sections.aboutThisInformation,
    shownFor: ({ notice }) => (notice.sourceNotes ?? []).length > 0,
    inContents: false,
    render: ({ notice }, heading) => <AboutThisInformationSection heading={heading} notice={notice} />,
  },
];
