import type { Purpose } from '@/lib/content';
import { isUnstated, noticeElementState } from '@/lib/gdpr/completeness';
import { formatArticle } from '@/lib/labels';

import { NotStated } from '../not-stated';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface LegalBasisSectionProps {
  heading: SectionHeading;
  purpose: Purpose;
}

function withLaw(citation: string, law: string | undefined) {
  return law ? `${citation}, jf. ${law}` : citation;
}

/** Why the data is processed and the rules that allow it (art. 13(1)(c), 14(1)(c)). */
export function LegalBasisSection({ heading, purpose }: LegalBasisSectionProps) {
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
    ...(purpose.statutes ?? []),
  ];
  const legitimateInterest = noticeElementState(purpose, 'legitimateInterest');
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p>{purpose.purpose}</p>
      <section aria-labelledby="retsgrundlag">
        <h3 id="retsgrundlag">Retsgrundlag</h3>
        {citations.length > 0 && (
          <ul>
            {citations.map((citation) => (
              <li key={citation}>{citation}</li>
            ))}
          </ul>
        )}
        {isUnstated(noticeElementState(purpose, 'legalBasis')) && <NotStated />}
      </section>
      {legitimateInterest.kind !== 'notRequired' && (
        <NoticeSection
          heading={{ id: 'legitim-interesse', title: 'Den legitime interesse' }}
          state={legitimateInterest}
          level={3}
        >
          <p>{purpose.legitimateInterest}</p>
        </NoticeSection>
      )}
    </section>
  );
}
