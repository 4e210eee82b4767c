import type { ReactNode } from 'react';

import type { Authority, Purpose, Rights } from '@/lib/content';
import { gapReason, isUnstated, noticeElementState } from '@/lib/gdpr/completeness';
import { applicableRights } from '@/lib/gdpr/rights';
import { rightPath, rightsPath } from '@/lib/routes';

import { GapNote } from '../gap-note';
import type { SectionHeading } from '../page-sections';

interface NoticeRightsSectionProps {
  heading: SectionHeading;
  authority: Authority;
  purpose: Purpose;
  rights: Rights;
  /** Further rights-related content, e.g. the complaint route. */
  children?: ReactNode;
}

/** The rights that apply to this notice's legal bases, each linked to its explanation, and the answer deadline. */
export function NoticeRightsSection({
  heading,
  authority,
  purpose,
  rights,
  children,
}: NoticeRightsSectionProps) {
  const titles = new Map(rights.rights.map((right) => [right.id, right.title]));
  const consentWithdrawal = noticeElementState(purpose, 'consentWithdrawal');
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p>Når {authority.name} behandler oplysninger om dig til dette formål, har du disse rettigheder:</p>
      <ul className="rights-list">
        {applicableRights(purpose).map((right) => (
          <li key={right.id}>
            <a href={rightPath(right.id)}>{titles.get(right.id)}</a>
            {right.limited && (
              <>
                {' '}
                – begrænset: retten gælder ikke, når behandlingen er nødvendig for at overholde en retlig
                forpligtelse eller udøve offentlig myndighed (artikel 17, stk. 3, litra b)
              </>
            )}
            {right.id === 'withdrawConsent' && consentWithdrawal.kind === 'stated' && (
              <p>{purpose.consentWithdrawal}</p>
            )}
            {right.id === 'withdrawConsent' && isUnstated(consentWithdrawal) && (
              <GapNote reason={gapReason(consentWithdrawal)} />
            )}
          </li>
        ))}
      </ul>
      {purpose.rightsOverride && <p>{purpose.rightsOverride.justification}</p>}
      <p>
        Når du bruger en rettighed, skal du have svar uden unødig forsinkelse og senest en måned efter, at din
        anmodning er modtaget. Fristen kan forlænges med to måneder, hvis anmodningen er kompliceret; så får
        du besked inden for den første måned (artikel 12, stk. 3).{' '}
        <a href={rightsPath}>Læs om alle dine rettigheder</a>.
      </p>
      {children}
    </section>
  );
}
