import type { RightId } from '../content/schema';

export const dpvNamespace = 'https://w3id.org/dpv#';
export const gdprNamespace = 'https://w3id.org/dpv/legal/eu/gdpr#';

/** "6(1)(e)" → eu-gdpr:A6-1-e, the DPV GDPR extension's IRI for that legal basis. */
export function legalBasisIri(article: string): string {
  return `${gdprNamespace}A${article.replace(/\)?\(/g, '-').replace(/\)/g, '')}`;
}

const rightArticles: Record<RightId, string> = {
  access: 'A15',
  rectification: 'A16',
  erasure: 'A17',
  restriction: 'A18',
  portability: 'A20',
  objection: 'A21',
  automatedDecisions: 'A22',
  withdrawConsent: 'A7-3',
};

/** The DPV GDPR extension's IRI for a data subject right, e.g. eu-gdpr:A15 for access. */
export function rightIri(right: RightId): string {
  return `${gdprNamespace}${rightArticles[right]}`;
}
