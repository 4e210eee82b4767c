/**
 * The anchors of the sections each page type shows, in one place: the pages give their sections these
 * ids, and the content check accepts links to them (`/udlaendingestyrelsen#kontakt`, `#opbevaring`).
 */

/** An authority's page (the hub). */
export const authoritySectionIds = {
  jointControl: 'faelles-dataansvar',
  purposes: 'formaal',
  rights: 'dine-rettigheder',
  contact: 'kontakt',
  dpo: 'databeskyttelsesraadgiver',
  complaint: 'klage',
} as const;

/** A notice's page. */
export const noticeSectionIds = {
  legalBasis: 'formaal-og-retsgrundlag',
  dataCategories: 'kategorier-af-oplysninger',
  sources: 'hvor-stammer-oplysningerne-fra',
  recipients: 'modtagere',
  transfers: 'overfoersel-til-tredjelande',
  retention: 'opbevaring',
  automatedDecisions: 'automatiske-afgoerelser',
  provision: 'skal-du-give-oplysningerne',
  rights: 'dine-rettigheder',
  contact: 'spoergsmaal-og-kontakt',
  samePurpose: 'samme-formaal',
  changes: 'aendringer',
} as const;
