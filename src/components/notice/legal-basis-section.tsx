import type { Authority, Purpose } from '@/lib/content';
import { gapReason, isUnstated, noticeElementState } from '@/lib/gdpr/completeness';
import { formatArticle } from '@/lib/labels';
import { legalBasisPartIds } from '@/lib/section-ids';

import { GapNote } from '../gap-note';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface LegalBasisSectionProps {
  heading: SectionHeading;
  authority: Authority;
  purpose: Purpose;
}

function withLaw(citation: string, law: string | undefined) {
  return law ? `${citation}, jf. ${law}` : citation;
}

const basisElements = ['legalBasis', 'specialCategoryBasis', 'criminalOffenceBasis', 'cprBasis'] as const;

/** Why the data is processed and the rules that allow it (art. 13(1)(c), 14(1)(c)). */
export function LegalBasisSection({ heading, authority, purpose }: LegalBasisSectionProps) {
  const legalBasis = noticeElementState(purpose, 'legalBasis');
  // Without an art. 6 basis the laws the notice names are still a fact: said as such, never hidden by the gap.
  const lawsInWords = isUnstated(legalBasis);
  const citations = [
    ...(purpose.legalBases ?? []).map((basis) =>
      withLaw(`Databeskyttelsesforordningens ${formatArticle(basis.article)}`, basis.law),
    ),
    ...(purpose.specialCategoryBases ?? []).map((basis) =>
      withLaw(
        `Databeskyttelsesforordningens ${formatArticle(basis.article)} (følsomme oplysninger)`,
        basis.law,
      ),
    ),
    ...(purpose.dataProtectionActBases ?? []).map(
      (basis) => `Databeskyttelseslovens ${basis.section}${basis.detail ? `, ${basis.detail}` : ''}`,
    ),
    ...(lawsInWords ? [] : (purpose.statutes ?? [])),
  ];
  const namedLaws = [
    ...new Set([
      ...(purpose.statutes ?? []),
      ...[...(purpose.legalBases ?? []), ...(purpose.specialCategoryBases ?? [])].flatMap((basis) =>
        basis.law ? [basis.law] : [],
      ),
    ]),
  ];
  const basisGaps = basisElements
    .map((element) => ({ element, state: noticeElementState(purpose, element) }))
    .filter(({ state }) => isUnstated(state));
  const legitimateInterest = noticeElementState(purpose, 'legitimateInterest');
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p>{purpose.purpose}</p>
      <section aria-labelledby={legalBasisPartIds.legalBases}>
        <h3 id={legalBasisPartIds.legalBases}>Retsgrundlag</h3>
        {citations.length > 0 && (
          <ul>
            {citations.map((citation) => (
              <li key={citation}>{citation}</li>
            ))}
          </ul>
        )}
        {lawsInWords && namedLaws.length > 0 && (
          <>
            <p>
              {authority.name} angiver ikke, hvilken bestemmelse i databeskyttelsesforordningens artikel 6
              behandlingen sker efter, men oplyser {namedLaws.length === 1 ? 'denne regel' : 'disse regler'}{' '}
              som grundlag:
            </p>
            <ul>
              {namedLaws.map((law) => (
                <li key={law}>{law}</li>
              ))}
            </ul>
          </>
        )}
        {basisGaps.map(({ element, state }) => (
          <GapNote key={element} reason={gapReason(state)} />
        ))}
      </section>
      {legitimateInterest.kind !== 'notRequired' && (
        <NoticeSection
          heading={{ id: legalBasisPartIds.legitimateInterest, title: 'Den legitime interesse' }}
          state={legitimateInterest}
          level={3}
        >
          <p>{purpose.legitimateInterest}</p>
        </NoticeSection>
      )}
    </section>
  );
}
