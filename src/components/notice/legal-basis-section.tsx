import type { Purpose } from '@/lib/content';
import { isRequired } from '@/lib/gdpr/completeness';
import { formatArticle } from '@/lib/labels';

import { NoticeSection } from './notice-section';
import { noticeSections } from './notice-sections';

interface LegalBasisSectionProps {
  purpose: Purpose;
}

function withLaw(citation: string, law: string | undefined) {
  return law ? `${citation}, jf. ${law}` : citation;
}

/** Why the data is processed and the rules that allow it (art. 13(1)(c), 14(1)(c)). */
export function LegalBasisSection({ purpose }: LegalBasisSectionProps) {
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
  return (
    <section aria-labelledby={noticeSections.legalBasis.id}>
      <h2 id={noticeSections.legalBasis.id}>{noticeSections.legalBasis.title}</h2>
      <p>{purpose.purpose}</p>
      <NoticeSection id="retsgrundlag" title="Retsgrundlag" stated={citations.length > 0} level={3}>
        <ul>
          {citations.map((citation) => (
            <li key={citation}>{citation}</li>
          ))}
        </ul>
      </NoticeSection>
      {isRequired(purpose, 'legitimateInterest') && (
        <NoticeSection
          id="legitim-interesse"
          title="Den legitime interesse"
          stated={purpose.legitimateInterest !== undefined}
          level={3}
        >
          <p>{purpose.legitimateInterest}</p>
        </NoticeSection>
      )}
    </section>
  );
}
