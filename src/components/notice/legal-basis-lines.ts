import { words } from '@/i18n';
import { gdprProvision, sectionNumber } from '@/i18n/citations';
import type { Notice } from '@/lib/site-content';

/** One legal basis of a notice: what it means in plain words, and its citation. */
export interface LegalBasisLine {
  plain: string;
  citation: string;
}

function withLaw(citation: string, law: string | undefined) {
  return law ? words().notice.underLaw(citation, law) : citation;
}

/** Every basis the notice cites under GDPR art. 6 and 9 and the Data Protection Act, in plain words. */
export function legalBasisLines(notice: Notice): LegalBasisLine[] {
  const w = words();
  return [
    ...(notice.legalBases ?? []).map((basis) => ({
      plain: w.legalBases[basis.article],
      citation: withLaw(w.notice.gdprArticle(gdprProvision(basis.article)), basis.law),
    })),
    ...(notice.specialCategoryBases ?? []).map((basis) => ({
      plain: w.legalBases[basis.article],
      citation: withLaw(w.notice.gdprSensitiveArticle(gdprProvision(basis.article)), basis.law),
    })),
    ...(notice.dataProtectionActBases ?? []).map((basis) => ({
      plain: w.legalBases[basis.section],
      citation: `${w.notice.dataProtectionAct(sectionNumber(basis.section))}${basis.detail ? `, ${basis.detail}` : ''}`,
    })),
  ];
}

/** Every law the notice names, on its own or behind an article, each once. */
export function namedLaws(notice: Notice): string[] {
  return [
    ...new Set([
      ...(notice.statutes ?? []),
      ...[...(notice.legalBases ?? []), ...(notice.specialCategoryBases ?? [])].flatMap((basis) =>
        basis.law ? [basis.law] : [],
      ),
    ]),
  ];
}
