import {
  processingElements,
  type AuthorityData,
  type AuthorityElement,
  type NoticeData,
  type NoticeElement,
} from '../content/schema';

type Notice = NoticeData;

interface ElementRule<Subject, Element extends string> {
  element: Element;
  /** Where the editor fixes it. */
  field: keyof Subject & string;
  /** Whether the subject must state the element. */
  required: (subject: Subject) => boolean;
  stated: (subject: Subject) => boolean;
  /** What is missing and under which article. */
  missing: string;
}

const articles = (notice: Notice) =>
  new Set(
    [...(notice.legalBases ?? []), ...(notice.specialCategoryBases ?? [])].map((basis) => basis.article),
  );
const hasCategory = (notice: Notice, kind: string) =>
  notice.dataCategories?.some((category) => category.kind === kind) ?? false;
const hasSection = (notice: Notice, section: string) =>
  notice.dataProtectionActBases?.some((basis) => basis.section === section) ?? false;
const nonEmpty = (list: readonly unknown[] | undefined) => list !== undefined && list.length > 0;
// Where the sources are unknown, both art. 13 (from the person) and art. 14 (from others) may apply.
const fromOthers = (notice: Notice) =>
  !notice.sources || notice.sources.some((source) => source.kind !== 'dataSubject');
const fromPerson = (notice: Notice) =>
  !notice.sources || notice.sources.some((source) => source.kind === 'dataSubject');
const always = () => true;

/** What GDPR art. 13 and 14 require of each notice, element by element (checklist in WP260). */
export const elementRules: readonly ElementRule<Notice, NoticeElement>[] = [
  {
    element: 'legalBasis',
    field: 'legalBases',
    required: always,
    stated: (notice) => nonEmpty(notice.legalBases),
    missing:
      'der står ikke noget retsgrundlag efter artikel 6, stk. 1 (artikel 13, stk. 1, litra c, og 14, stk. 1, litra c)',
  },
  {
    element: 'legitimateInterest',
    field: 'legitimateInterest',
    required: (notice) => articles(notice).has('6(1)(f)'),
    stated: (notice) => notice.legitimateInterest !== undefined,
    missing:
      'artikel 6, stk. 1, litra f, er et grundlag, så den legitime interesse skal beskrives (artikel 13, stk. 1, litra d, og 14, stk. 2, litra b)',
  },
  {
    element: 'consentWithdrawal',
    field: 'consentWithdrawal',
    required: (notice) => articles(notice).has('6(1)(a)') || articles(notice).has('9(2)(a)'),
    stated: (notice) => notice.consentWithdrawal !== undefined,
    missing:
      'samtykke er et grundlag, så meddelelsen skal sige, hvordan man til enhver tid trækker det tilbage (artikel 13, stk. 2, litra c, og 14, stk. 2, litra d)',
  },
  {
    element: 'specialCategoryBasis',
    field: 'specialCategoryBases',
    required: (notice) => hasCategory(notice, 'sensitive'),
    stated: (notice) => nonEmpty(notice.specialCategoryBases),
    missing: 'der behandles følsomme oplysninger, så der skal stå et grundlag efter artikel 9, stk. 2',
  },
  {
    element: 'criminalOffenceBasis',
    field: 'dataProtectionActBases',
    required: (notice) => hasCategory(notice, 'criminal'),
    stated: (notice) => hasSection(notice, '§ 8'),
    missing:
      'der behandles oplysninger om strafbare forhold, så der skal stå et grundlag efter databeskyttelseslovens § 8',
  },
  {
    element: 'cprBasis',
    field: 'dataProtectionActBases',
    required: (notice) => hasCategory(notice, 'cpr'),
    stated: (notice) => hasSection(notice, '§ 11'),
    missing: 'der behandles CPR-numre, så der skal stå et grundlag efter databeskyttelseslovens § 11',
  },
  {
    element: 'sources',
    field: 'sources',
    required: always,
    stated: (notice) => nonEmpty(notice.sources),
    missing: 'meddelelsen siger ikke, hvor oplysningerne kommer fra (artikel 14, stk. 2, litra f)',
  },
  {
    element: 'dataCategories',
    field: 'dataCategories',
    required: fromOthers,
    stated: (notice) => nonEmpty(notice.dataCategories),
    missing:
      'oplysninger, der kan komme fra andre end personen selv, skal have deres kategorier angivet (artikel 14, stk. 1, litra d)',
  },
  {
    element: 'provisionRequirement',
    field: 'provisionRequirement',
    required: fromPerson,
    stated: (notice) => notice.provisionRequirement !== undefined,
    missing:
      'når oplysningerne kan komme fra personen selv, skal meddelelsen sige, om personen har pligt til at give dem, og hvad der sker, hvis de ikke gives (artikel 13, stk. 2, litra e)',
  },
  {
    element: 'recipients',
    field: 'recipients',
    required: always,
    stated: (notice) => notice.recipients !== undefined,
    missing:
      'modtagerne står der ikke; skriv recipients: [], hvis der ingen er (artikel 13, stk. 1, litra e, og 14, stk. 1, litra e)',
  },
  {
    element: 'transfers',
    field: 'transfers',
    required: always,
    stated: (notice) => notice.transfers !== undefined,
    missing:
      'der står ikke, om oplysningerne overføres til lande uden for EU/EØS; skriv transfers: [], hvis de ikke gør (artikel 13, stk. 1, litra f, og 14, stk. 1, litra f)',
  },
  {
    element: 'retention',
    field: 'retention',
    required: always,
    stated: (notice) => notice.retention !== undefined,
    missing:
      'meddelelsen siger ikke, hvor længe oplysningerne opbevares (artikel 13, stk. 2, litra a, og 14, stk. 2, litra a)',
  },
  {
    element: 'automatedDecisions',
    field: 'automatedDecisions',
    required: always,
    stated: (notice) => notice.automatedDecisions !== undefined,
    missing:
      'meddelelsen siger ikke, om der træffes afgørelser alene ved automatisk behandling, herunder profilering (artikel 13, stk. 2, litra f, og 14, stk. 2, litra g); skriv automatedDecisions med used: false, hvis det ikke sker, eller med used: true og en explanation, hvis det sker',
  },
];

/** What GDPR art. 13(1)(a)–(b) and 14(1)(a)–(b) require of every controller. */
export const authorityRules: readonly ElementRule<AuthorityData, AuthorityElement>[] = [
  {
    element: 'controllerContact',
    field: 'controllerContact',
    required: always,
    stated: (authority) => authority.controllerContact !== undefined,
    missing:
      'den dataansvarliges kontaktoplysninger skal stå der (artikel 13, stk. 1, litra a, og 14, stk. 1, litra a)',
  },
  {
    element: 'dpoContact',
    field: 'dpoContact',
    required: always,
    stated: (authority) => authority.dpoContact !== undefined,
    missing:
      'databeskyttelsesrådgiverens kontaktoplysninger skal stå der (artikel 13, stk. 1, litra b, og 14, stk. 1, litra b)',
  },
];

export interface NoticeFinding {
  field: string;
  message: string;
}

/**
 * What a notice or an authority says about one element: the one answer the completeness check, the
 * pages and the hub share, so a page never shows an element the check counts as missing, or the reverse.
 */
export type ElementState =
  | { kind: 'stated' }
  /** Not stated, and no rule requires it here. */
  | { kind: 'notRequired' }
  /** Required, not stated, and declared in knownGaps: published openly with the gap's own reason. */
  | { kind: 'declaredGap'; reason: string }
  /** Required, not stated and not declared: the content check fails on these. */
  | { kind: 'missing' };

/** Whether the element is one the subject must state and does not, declared or not. */
export const isUnstated = (state: ElementState) => state.kind === 'declaredGap' || state.kind === 'missing';

/** The declared gap's own reason; none where no gap is declared. */
export const gapReason = (state: ElementState) => (state.kind === 'declaredGap' ? state.reason : undefined);

/** What the subject says about one element, by the element's rule; every element a gap can name has one. */
function stateIn<
  Subject extends { knownGaps?: { element: Element; reason: string }[] },
  Element extends string,
>(rules: readonly ElementRule<Subject, Element>[], subject: Subject, element: Element): ElementState {
  const rule = rules.find((candidate) => candidate.element === element)!;
  if (rule.stated(subject)) return { kind: 'stated' };
  if (!rule.required(subject)) return { kind: 'notRequired' };
  const gap = subject.knownGaps?.find((candidate) => candidate.element === element);
  return gap ? { kind: 'declaredGap', reason: gap.reason } : { kind: 'missing' };
}

interface ElementResult<Element extends string> {
  /** Missing elements that are not declared, and declarations that do not fit: the check fails on these. */
  errors: NoticeFinding[];
  /** Missing elements declared in knownGaps, with the reason: reported and shown openly. */
  declaredGaps: { element: Element; reason: string }[];
}

export interface CompletenessResult extends ElementResult<NoticeElement> {
  /** Things an editor should look at, each at its field; they do not fail the check. */
  warnings: NoticeFinding[];
}

/** Checks every rule; a missing element passes only when declared in knownGaps, and only missing ones may be declared. */
function checkElements<
  Subject extends { knownGaps?: { element: Element; reason: string }[] },
  Element extends string,
>(rules: readonly ElementRule<Subject, Element>[], subject: Subject): ElementResult<Element> {
  const gaps = subject.knownGaps ?? [];
  const unstated = (element: Element) => isUnstated(stateIn(rules, subject, element));
  const errors: NoticeFinding[] = rules
    .filter((rule) => stateIn(rules, subject, rule.element).kind === 'missing')
    .map((rule) => ({
      field: rule.field,
      message: `${rule.missing}. Tilføj det, eller skriv "${rule.element}" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    }));
  gaps.forEach((gap, index) => {
    const field = `knownGaps[${index}].element`;
    if (gaps.findIndex((other) => other.element === gap.element) !== index) {
      errors.push({ field, message: `"${gap.element}" står to gange under knownGaps. Slet den ene` });
    } else if (!unstated(gap.element)) {
      errors.push({ field, message: `"${gap.element}" mangler ikke længere. Slet punktet under knownGaps` });
    }
  });
  return { errors, declaredGaps: gaps.filter((gap) => unstated(gap.element)) };
}

/** What the notice says about one element; the notice page renders this and nothing else. */
export function noticeElementState(notice: Notice, element: NoticeElement): ElementState {
  return stateIn(elementRules, notice, element);
}

/**
 * The elements every notice is read for first: those of the processing, and whether data must be given;
 * the hub counts how many of them a notice does not publish.
 */
export const coreElements = [
  ...processingElements,
  'provisionRequirement',
] as const satisfies readonly NoticeElement[];

/** Of the core elements that apply to the notice (required or stated), how many it must state and does not. */
export function coreCompleteness(notice: Notice): { applicable: number; unstated: number } {
  const states = coreElements.map((element) => noticeElementState(notice, element));
  return {
    applicable: states.filter((state) => state.kind !== 'notRequired').length,
    unstated: states.filter(isUnstated).length,
  };
}

/** What the authority says about its contact details; every page with its contact sections renders this. */
export function authorityElementState(authority: AuthorityData, element: AuthorityElement): ElementState {
  return stateIn(authorityRules, authority, element);
}

/** Checks one notice against GDPR art. 13 and 14. Pure. */
export function checkCompleteness(notice: Notice): CompletenessResult {
  const warnings: NoticeFinding[] = [
    ...(articles(notice).has('6(1)(f)')
      ? [
          {
            field: 'legalBases',
            message:
              'bruger artikel 6, stk. 1, litra f, som en offentlig myndighed ikke kan bruge til at udføre sine opgaver (artikel 6, stk. 1, sidste afsnit). Tjek grundlaget',
          },
        ]
      : []),
    ...(notice.rightsOverride
      ? [
          {
            field: 'rightsOverride',
            message: `viser sine egne rettigheder i stedet for dem, der følger af retsgrundlaget: ${notice.rightsOverride.justification}`,
          },
        ]
      : []),
  ];
  return { ...checkElements(elementRules, notice), warnings };
}

/** Checks an authority's contact details, which every one of its notices relies on. Pure. */
export function checkAuthorityCompleteness(authority: AuthorityData): ElementResult<AuthorityElement> {
  return checkElements(authorityRules, authority);
}
