/**
 * The anchors of the sections each page type shows, in one place: the pages give their sections these
 * ids, and the content check accepts links to them (`/udlaendingestyrelsen#kontakt`, `#opbevaring`).
 */

/** An authority's page (the hub). */
export const authoritySectionIds = {
  jointControl: 'faelles-dataansvar',
  notices: 'formaal',
  situations: 'din-situation',
  rights: 'dine-rettigheder',
  contact: 'kontakt',
  dpo: 'databeskyttelsesraadgiver',
  complaint: 'klage',
  withdrawn: 'tilbagetrukne-meddelelser',
  authorities: 'myndighederne',
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
  aboutThisInformation: 'om-disse-oplysninger',
} as const;

/** A notice's past version: its marking at the top and the comparison with other versions. */
export const versionSectionIds = {
  marking: 'tidligere-version',
  comparison: 'hvad-er-aendret',
  sinceThis: 'siden-denne-version',
  fromPrevious: 'fra-versionen-foer',
} as const;

/** The parts of a notice's section on purpose and legal basis. */
export const legalBasisPartIds = {
  legalBases: 'retsgrundlag',
  legitimateInterest: 'legitim-interesse',
} as const;

/** The first layer above a notice's sections: each fact in a line, linked to its section. */
export const firstLayerId = 'kort-fortalt';

/** The note on a page in another language that its text is Danish, or that the Danish text is newer. */
export const translationNoteIds = { missing: 'kun-paa-dansk', outdated: 'nyere-dansk-version' } as const;

/**
 * Every id a notice's page can have: its own sections and the parts of its legal basis, the hub's contact,
 * DPO and complaint sections it repeats one level lower (`notice-page-sections.tsx`), and its first layer.
 */
export const noticePageIds: readonly string[] = [
  ...Object.values(noticeSectionIds),
  ...Object.values(legalBasisPartIds),
  authoritySectionIds.contact,
  authoritySectionIds.dpo,
  authoritySectionIds.complaint,
  firstLayerId,
];

/** A joint-controllership arrangement's page. */
export const agreementSectionIds = { parties: 'parter', covers: 'omfang', document: 'aftalen' } as const;

/** The page on complaining to the supervisory authority. */
export const complaintSectionIds = { contact: 'kontakt-datatilsynet' } as const;

/** The overview of every notice by topic; each topic's section has the topic's id. */
export const overviewSectionIds = { topics: 'emner' } as const;

/** The page with the request to use a right at an authority. */
export const requestSectionIds = {
  fillIn: 'udfyld',
  letter: 'brevet',
  notices: 'formaal',
  deadline: 'frist',
  refusals: 'kan-afvises',
  accessRoutes: 'indsigt-eller-aktindsigt',
  send: 'send-brevet',
  missing: 'ikke-offentliggjort',
  dpo: 'databeskyttelsesraadgiver',
  nextSteps: 'bagefter',
  withoutCpr: 'uden-cpr-nummer',
  followUp: 'hvis-svaret-ikke-kommer',
  /** On the rights page: the section linking each authority's request pages. */
  useYourRights: 'brug-dine-rettigheder',
} as const;
