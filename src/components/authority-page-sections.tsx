import { words } from '@/i18n';
import { authoritySectionIds } from '@/lib/section-ids';
import type { Agreement, Authority, Complaint, Rights } from '@/lib/site-content';
import type { SituationEntry } from '@/lib/situations';

import { AuthorityDirectory } from './authority-directory';
import { ComplaintSection } from './complaint-section';
import { ControllerContactSection } from './controller-contact-section';
import { DpoSection } from './dpo-section';
import { JointControlSection } from './joint-control-section';
import { NoticeList } from './notice-list';
import type { PageSection } from './page-sections';
import { RightsSection } from './rights-section';
import { SituationList } from './situation-list';
import { WithdrawnList, type WithdrawnEntry } from './withdrawn-list';

/** What an authority's hub shows. */
export interface AuthorityPage {
  authority: Authority;
  /** The joint-controllership arrangements the authority takes part in. */
  agreements: readonly Agreement[];
  rights: Rights;
  complaint: Complaint;
  /** The readers' situations that name a notice of this authority, and their `lang` where still Danish. */
  situations: { entries: readonly SituationEntry[]; lang: string | undefined };
  /** Every authority, so a reader who came to the wrong one finds the right one. */
  authorities: readonly Authority[];
  danishNames: ReadonlyMap<string, string>;
  /** Its withdrawn notices, the latest withdrawal first. */
  withdrawn: readonly WithdrawnEntry[];
}

// A notice page repeats these three sections one level lower, under the same ids and headings.
export const contactTitle = (authority: Authority) => words().authorityPage.contact(authority.nameForms);
export const dpoTitle = (authority: Authority) => words().authorityPage.dpo(authority.nameForms);
export const complaintTitle = (complaint: Complaint) =>
  words().authorityPage.complaint(complaint.supervisoryAuthority.nameForms);

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
    id: authoritySectionIds.situations,
    title: () => words().authorityPage.situations,
    shownFor: ({ situations }) => situations.entries.length > 0,
    render: ({ situations }, heading) => (
      // Search finds the notices themselves, not every hub that lists them.
      <section aria-labelledby={heading.id} data-pagefind-ignore="">
        <h2 id={heading.id}>{heading.title}</h2>
        <p>{words().authorityPage.situationsIntro}</p>
        <SituationList situations={situations.entries} lang={situations.lang} />
      </section>
    ),
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
  {
    // Kept for the record, far below the current notices.
    id: authoritySectionIds.withdrawn,
    title: () => words().versions.withdrawnHeading,
    shownFor: ({ withdrawn }) => withdrawn.length > 0,
    render: ({ withdrawn }, heading) => <WithdrawnList heading={heading} entries={withdrawn} />,
  },
  {
    id: authoritySectionIds.authorities,
    title: () => words().authorityPage.authorities,
    render: ({ authority, authorities, danishNames }, heading) => (
      // Search finds each authority by its own hub, not by every hub that lists them all.
      <section aria-labelledby={heading.id} data-pagefind-ignore="">
        <h2 id={heading.id}>{heading.title}</h2>
        <AuthorityDirectory authorities={authorities} danishNames={danishNames} current={authority.slug} />
      </section>
    ),
  },
];
