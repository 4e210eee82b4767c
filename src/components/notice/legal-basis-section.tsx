import { words } from '@/i18n';
import { gapReason, isUnstated, noticeElementState } from '@/lib/gdpr/completeness';
import { legalBasisPartIds } from '@/lib/section-ids';
import type { Authority, Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import { GapNote } from '../gap-note';
import type { SectionHeading } from '../page-sections';
import { legalBasisLines, namedLaws } from './legal-basis-lines';
import { NoticeSection } from './notice-section';

interface LegalBasisSectionProps {
  heading: SectionHeading;
  authority: Authority;
  notice: Notice;
}

const basisElements = ['legalBasis', 'specialCategoryBasis', 'criminalOffenceBasis', 'cprBasis'] as const;

/** Why the data is processed and the rules that allow it (art. 13(1)(c), 14(1)(c)). */
export function LegalBasisSection({ heading, authority, notice }: LegalBasisSectionProps) {
  const w = words().notice;
  const legalBasis = noticeElementState(notice, 'legalBasis');
  // Without an art. 6 basis the laws the notice names are still a fact: said as such, never hidden by the gap.
  const lawsInWords = isUnstated(legalBasis);
  const bases = legalBasisLines(notice);
  const statutes = lawsInWords ? [] : (notice.statutes ?? []);
  const laws = namedLaws(notice);
  const basisGaps = basisElements
    .map((element) => ({ element, state: noticeElementState(notice, element) }))
    .filter(({ state }) => isUnstated(state));
  const legitimateInterest = noticeElementState(notice, 'legitimateInterest');
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p>
        <ContentText of={notice} field="purpose">
          {notice.purpose}
        </ContentText>
      </p>
      <section aria-labelledby={legalBasisPartIds.legalBases}>
        <h3 id={legalBasisPartIds.legalBases}>{w.legalBases}</h3>
        {bases.length + statutes.length > 0 && (
          <ul>
            {bases.map(({ plain, citation }) => (
              <li key={citation}>{w.basisInWords(plain, citation)}</li>
            ))}
            {statutes.map((statute) => (
              <li key={statute}>{statute}</li>
            ))}
          </ul>
        )}
        {lawsInWords && laws.length > 0 && (
          <>
            <p>{w.lawsWithoutArticle(authority.nameForms, laws.length)}</p>
            <ul>
              {laws.map((law) => (
                <li key={law}>
                  <ContentText of={notice} field="statutes">
                    {law}
                  </ContentText>
                </li>
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
          heading={{ id: legalBasisPartIds.legitimateInterest, title: w.legitimateInterest }}
          state={legitimateInterest}
          level={3}
        >
          <p>
            <ContentText of={notice} field="legitimateInterest">
              {notice.legitimateInterest}
            </ContentText>
          </p>
        </NoticeSection>
      )}
    </section>
  );
}
