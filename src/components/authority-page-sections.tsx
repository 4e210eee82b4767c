import { words } from '@/i18n';
import { authoritySectionIds } from '@/lib/section-ids';
import type { Agreement, Authority, Complaint, Rights } from '@/lib/site-content';

import { ComplaintSection } from './complaint-section';
import { ControllerContactSection } from './controller-contact-section';
import { DpoSection } from './dpo-section';
import { JointControlSection } from './joint-control-section';
import { NoticeList } from './notice-list';
import type { PageSection } from './page-sections';
import { RightsSection } from './rights-section';

/** What an authority's hub shows. */
export interface AuthorityPage {
  authority: Authority;
  /** The joint-controllership arrangements the authority takes part in. */
  agreements: readonly Agreement[];
  rights: Rights;
  complaint: Complaint;
}

// A notice page repeats these three sections one level lower, under the same ids and headings.
export const contactTitle = (authority: Authority) => words().authorityPage.contact(authority.name);
export const dpoTitle = (authority: Authority) => words().authorityPage.dpo(authority.genitive);
export const complaintTitle = (complaint: Complaint) =>
  words().authorityPage.complaint(complaint.supervisoryAuthority.name);

/** The hub's sections in page order. */
export const authorityPageSections: readonly PageSection<AuthorityPage>[] = [
  {
    id: authoritySectionIds.jointControl,
    title: () => words().authorityPage.jointControl,
    shownFor: ({ agreements }) => agreements.length > 0,
    render: ({ agreements }, heading) => <JointControlSection heading={heading} agreements={agreements} />,
  },
  {
    id: authoritySectionIds.notices,
    title: () => words().authorityPage.notices,
    render: ({ authority }, heading) => <NoticeList heading={heading} authority={authority} />,
  },
  {
    id: authoritySectionIds.rights,
    title: () => words().authorityPage.rights,
    render: ({ authority, rights }, heading) => (
      <RightsSection heading={heading} authority={authority} rights={rights} />
    ),
  },
  {
    id: authoritySectionIds.contact,
    title: ({ authority }) => contactTitle(authority),
    render: ({ authority }, heading) => (
      <ControllerContactSection heading={heading} level={2} authority={authority} />
    ),
  },
  {
    id: authoritySectionIds.dpo,
    title: ({ authority }) => dpoTitle(authority),
    render: ({ authority }, heading) => <DpoSection heading={heading} level={2} authority={authority} />,
  },
  {
    id: authoritySectionIds.complaint,
    title: ({ complaint }) => complaintTitle(complaint),
    render: ({ complaint }, heading) => (
      <ComplaintSection heading={heading} level={2} complaint={complaint} />
    ),
  },
];
