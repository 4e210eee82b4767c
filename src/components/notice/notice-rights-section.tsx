import type { ReactNode } from 'react';

import { rightPath, rightsPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { gapReason, isUnstated, noticeElementState } from '@/lib/gdpr/completeness';
import { applicableRights, undecidedRights } from '@/lib/gdpr/rights';
import type { Authority, Notice, Rights } from '@/lib/site-content';

import { GapNote } from '../gap-note';
import type { SectionHeading } from '../page-sections';
import { UseYourRightsLink } from '../request/use-your-rights-link';

interface NoticeRightsSectionProps {
  heading: SectionHeading;
  authority: Authority;
  notice: Notice;
  rights: Rights;
  /** Further rights-related content, e.g. the complaint route. */
  children?: ReactNode;
}

/** The rights that apply to this notice's legal bases, each linked to its explanation, and the answer deadline. */
export function NoticeRightsSection({
  heading,
  authority,
  notice,
  rights,
  children,
}: NoticeRightsSectionProps) {
  const rightsById = new Map(rights.rights.map((right) => [right.id, right]));
  const undecided = undecidedRights(notice);
  const consentWithdrawal = noticeElementState(notice, 'consentWithdrawal');
  const w = words().notice;
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p>{w.rightsIntro(authority.nameForms)}</p>
      <ul className="rights-list">
        {applicableRights(notice).map((right) => (
          <li key={right.id}>
            <a href={localized(rightPath(right.id))}>{rightsById.get(right.id)?.title}</a>
            {right.limited && <> {w.rightLimited}</>}
            {right.mayBeLimited && <> {w.rightMayBeLimited}</>}
            {right.id === 'withdrawConsent' && consentWithdrawal.kind === 'stated' && (
              <p>{notice.consentWithdrawal}</p>
            )}
            {right.id === 'withdrawConsent' && isUnstated(consentWithdrawal) && (
              <GapNote reason={gapReason(consentWithdrawal)} />
            )}
          </li>
        ))}
      </ul>
      {undecided.length > 0 && (
        <>
          <p>{w.undecidedRights}</p>
          <ul>
            {undecided.map((id) => (
              <li key={id}>
                <a href={localized(rightPath(id))}>{rightsById.get(id)?.title}</a> (
                {words().rightsPage.article(rightsById.get(id)!)})
              </li>
            ))}
          </ul>
        </>
      )}
      {notice.rightsOverride && <p>{notice.rightsOverride.justification}</p>}
      <UseYourRightsLink authority={authority} />
      <p>
        {w.answerDeadline} <a href={localized(rightsPath)}>{w.allRights}</a>.
      </p>
      {children}
    </section>
  );
}
