import { z } from 'zod';

import { slugPattern } from '../../config/routes';
import { durationUnits, isCalendarDate, isoDatePattern, isoFromDanishDate, type Duration } from '../dates';

/**
 * The content model. Field names are English, values Danish. Every field is
 * documented for editors in content/README.md (a test keeps the two in step).
 * Objects are strict: a misspelt field name is an error, never silently ignored.
 */

const text = z.string().trim().min(1);

/** The short text for lists and descriptions; detail belongs in the body. */
const summaryText = text.max(300, {
  error: (issue) =>
    `teksten er ${typeof issue.input === 'string' ? issue.input.length : 'over 300'} tegn; den må højst være 300. Flyt detaljer ned i teksten under frontmatter`,
});

/** A value as the editor wrote it, quoted for a message. */
const written = (value: unknown) => JSON.stringify(typeof value === 'string' ? value : String(value));

/**
 * A date written as YYYY-MM-DD. YAML is read without its timestamp type, so dates arrive as the text the
 * editor wrote, which each message quotes. Whether a date is plausible for its field is checked with the
 * check's today (dates-in-range.ts).
 */
/** A date not written YYYY-MM-DD, with the way to write it: the same date where it is written day first. */
const notIsoDateMessage = (input: unknown) => {
  // Without a value (the web editor's pattern message, shown before any is typed) the rule alone.
  if (input === undefined) return 'skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-28';
  const iso = typeof input === 'string' ? isoFromDanishDate(input) : undefined;
  return `${written(input)} er ikke en dato skrevet som ÅÅÅÅ-MM-DD. Skriv den ${iso ? `som ${iso}` : 'fx som 2026-11-28'}`;
};

export const isoDate = z
  .string({
    error: (issue) =>
      issue.input === undefined ? 'feltet mangler. Tilføj det' : notIsoDateMessage(issue.input),
  })
  .regex(isoDatePattern, { error: (issue) => notIsoDateMessage(issue.input), abort: true })
  .refine(isCalendarDate, {
    error: (issue) => `${written(issue.input)} er ikke en dato, der findes. Tjek dag og måned`,
  });

const webAddress = z.url({
  protocol: /^https$/,
  error: 'skal være en webadresse, der begynder med https://',
});

/** A period that is only a number and a Danish unit, "30 dage", which duration says as data. */
const durationInWords = /^(\d+) (dag|dage|uge|uger|måned|måneder|år)$/i;

const unitOfDanishWord: Record<string, Duration['unit']> = {
  dag: 'days',
  dage: 'days',
  uge: 'weeks',
  uger: 'weeks',
  måned: 'months',
  måneder: 'months',
  år: 'years',
};

/** A period written as a number and a unit in Danish ("30 dage"), as the duration it states. */
export function durationInDanish(period: string): Duration | undefined {
  const [, amount, unit] = durationInWords.exec(period.trim()) ?? [];
  return amount && unit ? { amount: Number(amount), unit: unitOfDanishWord[unit.toLowerCase()]! } : undefined;
}

/** Danish phone number, with or without +45, written in pairs: "35 36 66 00" or "+45 35 36 66 00". */
const phoneNumber = z
  .string({ error: 'skal være et telefonnummer i anførselstegn, fx "+45 35 36 66 00"' })
  .regex(
    /^(\+45 )?\d{2} \d{2} \d{2} \d{2}$/,
    'skal skrives i par af cifre, fx "35 36 66 00" eller "+45 35 36 66 00"',
  );

/** One way to reach the controller or its DPO. Each channel is optional; at least one is required. */
export const contactChannelsSchema = z
  .strictObject({
    /** Digital Post (e-Boks/MitID): the recipient to pick, and any guidance on the sub-topic to choose. */
    digitalPost: z.strictObject({ recipient: text, guidance: text.optional() }).optional(),
    /** A plain e-mail address. Ordinary e-mail is not encrypted; the page says so. */
    email: z.email({ error: 'skal være en e-mailadresse, fx navn@myndighed.dk' }).optional(),
    /** A contact form: its address when known, and what to choose in it. */
    contactForm: z.strictObject({ url: webAddress.optional(), guidance: text.optional() }).optional(),
    /** Phone number. */
    phone: phoneNumber.optional(),
    /** Postal address, one line per list item, the recipient first. */
    letter: z.array(text).min(2, 'skal have mindst to linjer: modtageren og adressen').optional(),
  })
  .refine(
    (channels) => Object.values(channels).some((channel) => channel !== undefined),
    'skal have mindst én kontaktmulighed: digitalPost, email, contactForm, phone eller letter',
  );

export const rightIds = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdrawConsent',
  'automatedDecisions',
] as const;

export const authorityKinds = ['department', 'agency'] as const;

/** The ways of contact a channels field can list, in its order. */
export const contactChannelKinds = contactChannelsSchema.keyof().options;

/**
 * What an authority can ask a person to give so it can identify them in a request, besides the full name,
 * which a request always gives: a case number, the full address, the CPR number.
 */
export const identificationDetailKinds = ['caseNumber', 'address', 'cpr'] as const;

/**
 * The elements of a notice that describe the processing itself, as a change note names them: a change to
 * one is a change in the processing; any other change is one of wording.
 */
export const processingElements = [
  'legalBasis',
  'dataCategories',
  'sources',
  'recipients',
  'transfers',
  'retention',
] as const;

/** A list in which each value may stand once; a repeat is reported at its own line. */
const eachOnce = <Value extends string>(list: z.ZodArray<z.ZodType<Value>>) =>
  list.superRefine((values, context) => {
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index)
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `"${value}" står to gange. Slet den ene`,
        });
    });
  });

/** The elements of an authority that can be missing and declared as a known gap. */
export const authorityElements = ['controllerContact', 'dpoContact'] as const;

/** content/authorities/<slug>.md — one data controller. The Markdown body is the hub page's intro. */
export const authoritySchema = z.strictObject({
  /** Full name, e.g. "Udlændingestyrelsen". */
  name: text,
  /** Short name or abbreviation, e.g. "US". */
  shortName: text,
  /** One sentence for the front page on what the authority does. */
  description: text.max(200),
  /**
   * What a reader comes to this authority with, a few words each, e.g. "visum", "asyl": the front page and
   * every hub list them so readers can tell the authorities apart. Only what the sources say.
   */
  handles: eachOnce(z.array(text.max(80)).min(1, 'skal nævne mindst én ting, myndigheden tager sig af')),
  /**
   * The genitive for sentences, only where the rule gets it wrong: the site adds "s" to the name
   * ("Udlændingestyrelsens"), or an apostrophe after s, x or z.
   */
  genitive: text.optional(),
  /** department (departement) or agency (styrelse). */
  kind: z.enum(authorityKinds),
  /** The authority's own website. */
  website: webAddress,
  /** Position on the front page; lower comes first. */
  order: z.int().min(1),
  /** How to reach the data controller; leave out only with a declared gap. */
  controllerContact: contactChannelsSchema.optional(),
  /** How to reach the data protection officer (DPO); leave out only with a declared gap. */
  dpoContact: contactChannelsSchema.optional(),
  /** How a person identifies themselves in a request, and which channel is secure (Markdown). */
  identificationAdvice: text,
  /**
   * What identificationAdvice asks a person to give, as data: each becomes a line to fill in on the
   * request letter, after the full name, which the letter always asks for. Left out where the advice
   * names nothing: the letter then asks for the name only. A fact, so only in the Danish file.
   */
  identificationDetails: eachOnce(
    z
      .array(z.enum(identificationDetailKinds))
      .min(1, 'skal have mindst ét punkt. Nævner identificationAdvice ingen oplysninger, så slet feltet'),
  ).optional(),
  /**
   * The channel identificationAdvice recommends for a request, e.g. digitalPost as the secure one; the
   * request page marks it. Left out where the advice recommends none. A fact, so only in the Danish file.
   */
  recommendedChannel: z.enum(contactChannelKinds).optional(),
  /** Contact details that are not public yet, each with the reason; the page says so openly. */
  knownGaps: z.array(z.strictObject({ element: z.enum(authorityElements), reason: text })).optional(),
});

export const art6Articles = ['6(1)(a)', '6(1)(b)', '6(1)(c)', '6(1)(d)', '6(1)(e)', '6(1)(f)'] as const;
export const art9Articles = [
  '9(2)(a)',
  '9(2)(b)',
  '9(2)(c)',
  '9(2)(d)',
  '9(2)(e)',
  '9(2)(f)',
  '9(2)(g)',
  '9(2)(h)',
  '9(2)(i)',
  '9(2)(j)',
] as const;
export const dataProtectionActSections = ['§ 7', '§ 8', '§ 11'] as const;
export const dataCategoryKinds = ['ordinary', 'sensitive', 'criminal', 'cpr'] as const;
export const sourceKinds = ['dataSubject', 'publicAuthority', 'privateParty', 'publicRegister'] as const;
export const transferSafeguards = ['45', '46', '47', '49'] as const;

/** The elements of a notice that can be missing and declared as a known gap. */
export const noticeElements = [
  'legalBasis',
  'specialCategoryBasis',
  'criminalOffenceBasis',
  'cprBasis',
  'legitimateInterest',
  'consentWithdrawal',
  'dataCategories',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'automatedDecisions',
  'provisionRequirement',
] as const;

/**
 * Words readers search for that the page itself does not use, in any language: another spelling
 * ("CARL2" for "Carl 2") or an everyday word ("arbejdstilladelse", "work permit"). Search finds the page
 * by them in every language; the page does not show them.
 */
const searchWords = eachOnce(
  z.array(text.max(60)).min(1, 'skal have mindst ét søgeord, eller udelad feltet'),
);

/** content/purposes/<authority>/<slug>.md — one processing purpose (one notice). */
export const noticeSchema = z.strictObject({
  /** The notice's name, e.g. "Videoovervågning". */
  title: text,
  /** One or two sentences for the hub's list and the page description. */
  summary: summaryText,
  /** Position in the authority's list of notices; lower comes first. */
  order: z.int().min(1),
  /** The topic that groups it with the same purpose at other authorities: an id from content/shared/emner.md. */
  topic: text,
  /** Words readers search for that the notice does not use (see searchWords). */
  searchWords: searchWords.optional(),
  /** Why the data is processed, in plain Danish. */
  purpose: text,
  /** GDPR art. 6(1) bases, each with the Danish rule behind it where known. */
  legalBases: z.array(z.strictObject({ article: z.enum(art6Articles), law: text.optional() })).optional(),
  /** GDPR art. 9(2) bases for special-category (sensitive) data. */
  specialCategoryBases: z
    .array(z.strictObject({ article: z.enum(art9Articles), law: text.optional() }))
    .optional(),
  /** Databeskyttelsesloven: § 7 (sensitive data), § 8 (criminal offences), § 11 (CPR numbers). */
  dataProtectionActBases: z
    .array(z.strictObject({ section: z.enum(dataProtectionActSections), detail: text.optional() }))
    .optional(),
  /** Other rules the source names for the processing without tying them to an article. */
  statutes: z.array(text).optional(),
  /** Categories of personal data: ordinary, sensitive, criminal or cpr, each with a description. */
  dataCategories: z.array(z.strictObject({ kind: z.enum(dataCategoryKinds), description: text })).optional(),
  /** Whom the data is about, e.g. "Ansøgere". */
  dataSubjects: z.array(text).optional(),
  /** Where the data comes from (art. 14(2)(f)). */
  sources: z.array(z.strictObject({ kind: z.enum(sourceKinds), description: text })).optional(),
  /** Who receives the data, and why where known. An empty list means: nobody. */
  recipients: z.array(z.strictObject({ name: text, reason: text.optional() })).optional(),
  /** Transfers outside the EU/EEA, each with its safeguard (GDPR art. 45, 46, 47 or 49). Empty: none. */
  transfers: z
    .array(
      z.strictObject({ recipient: text, safeguard: z.enum(transferSafeguards), detail: text.optional() }),
    )
    .optional(),
  /** How long the data is kept: a period (as a number and a unit, or in words), the criteria, or both. */
  retention: z
    .strictObject({
      /**
       * The period as a number and a unit, where it is one: amount 30, unit days. Each language words it
       * ("30 dage", "30 days"), so a translation does not repeat it.
       */
      duration: z
        .strictObject({
          amount: z.int({ error: 'skal være et helt tal, fx 30' }).min(1, 'skal være mindst 1'),
          unit: z.enum(durationUnits),
        })
        .optional(),
      /** The period in words, where it is more than a number and a unit. */
      period: text
        .refine(
          (period) => durationInDanish(period) === undefined,
          'er et tal og en enhed. Skriv det som duration med amount og unit, fx amount: 30 og unit: days, så skriver hvert sprog det selv',
        )
        .optional(),
      criteria: text.optional(),
    })
    .refine(
      (value) => value.duration !== undefined || value.period !== undefined || value.criteria !== undefined,
      'skal have en periode (duration eller period), kriterier (criteria) eller begge dele',
    )
    .refine((value) => value.duration === undefined || value.period === undefined, {
      message:
        'har både duration og period. Skriv perioden ét sted: som tal og enhed i duration eller som tekst i period',
      path: ['period'],
    })
    .optional(),
  /** Whether decisions are made by automated means alone (art. 22), and how. */
  automatedDecisions: z
    .strictObject({
      used: z.boolean({ error: 'skal være true (ja) eller false (nej)' }),
      explanation: text.optional(),
    })
    .refine((value) => !value.used || value.explanation !== undefined, {
      message: 'skal forklare logikken og konsekvenserne, når used er true',
      path: ['explanation'],
    })
    .optional(),
  /** Whether the person must provide the data, and what happens if not (art. 13(2)(e)). */
  provisionRequirement: text.optional(),
  /** How to withdraw consent; needed when a basis is consent (art. 6(1)(a) or 9(2)(a)). */
  consentWithdrawal: text.optional(),
  /** The legitimate interest pursued; needed when a basis is art. 6(1)(f). */
  legitimateInterest: text.optional(),
  /** Rights shown instead of those derived from the legal bases, with the reason; the content check reports it. */
  rightsOverride: z
    .strictObject({ rights: z.array(z.enum(rightIds)).min(1), justification: text })
    .optional(),
  /** Elements that are not public yet, each with the reason; the page says so openly. */
  knownGaps: z.array(z.strictObject({ element: z.enum(noticeElements), reason: text })).optional(),
  /**
   * Notes about the sources rather than the processing (a page found only in English, two pages that
   * disagree, a list not found in full), shown at the end of the page under "Om disse oplysninger".
   */
  sourceNotes: z.array(text).optional(),
  /** When an editor last checked the notice against the facts. */
  lastReviewed: isoDate,
  /** When the notice must be checked again; 12 months after lastReviewed unless given. */
  reviewBy: isoDate.optional(),
  /**
   * Public history of the notice, one entry per change: date, a short note and, where the processing
   * itself changed, which of its elements (the change log tells these apart from changes in wording).
   */
  changes: z
    .array(
      z.strictObject({
        date: isoDate,
        note: text,
        changed: eachOnce(
          z.array(z.enum(processingElements)).min(1, 'skal nævne mindst ét element, eller udelad feltet'),
        ).optional(),
      }),
    )
    .min(1, 'skal have mindst ét punkt: datoen, hvor meddelelsen blev offentliggjort'),
});

/** content/agreements/<slug>.md — a joint-controllership arrangement (GDPR art. 26). */
export const agreementSchema = z.strictObject({
  /** Name of the arrangement, e.g. "Fælles dataansvar på HR-området". */
  title: text,
  /** One or two sentences for lists and the page description. */
  summary: summaryText,
  /** The authorities that share responsibility: their slugs (file names in content/authorities). */
  parties: z.array(text).min(2, 'fælles dataansvar kræver mindst to parter'),
  /** What the arrangement covers. */
  covers: text,
  /** The agreement document, where it is published. */
  document: z.strictObject({ title: text, url: webAddress.optional() }).optional(),
  /** Words readers search for that the page does not use (see searchWords). */
  searchWords: searchWords.optional(),
});

/** content/shared/rettigheder.md — the data-subject rights explained once for the whole site. */
export const rightsSchema = z.strictObject({
  /** Page title. */
  title: text,
  /** One or two sentences for the page description. */
  summary: text,
  /** Each right once, in the order shown. */
  rights: z.array(
    z.strictObject({
      /** Stable identifier; also the anchor on the rights page. */
      id: z.enum(rightIds),
      /** Heading, e.g. "Ret til indsigt". */
      title: text,
      /** The GDPR article, e.g. 15; with paragraph and point where the right is one of them: 7 and 3. */
      article: z
        .int({
          error: 'skal være artiklens nummer alene, fx 15. Skriv stykket i paragraph og litraet i point',
        })
        .min(1, 'skal være artiklens nummer, fx 15'),
      /** The paragraph (stk.) of the article, e.g. 3 for "artikel 7, stk. 3". */
      paragraph: z
        .int({ error: 'skal være stykkets nummer, fx 3 for "stk. 3"' })
        .min(1, 'skal være stykkets nummer, fx 3 for "stk. 3"')
        .optional(),
      /** The point (litra) of the paragraph, a letter, e.g. b for "litra b". */
      point: z
        .string({ error: 'skal være litraets bogstav, fx b for "litra b"' })
        .regex(/^[a-z]$/, 'skal være litraets bogstav, fx b for "litra b"')
        .optional(),
      /** One line for an authority's hub; "{genitiv}" becomes e.g. "Udlændingestyrelsens". */
      hubText: text,
      /** The explanation (Markdown). */
      explanation: text,
    }),
  ),
});

/** content/shared/klage-til-datatilsynet.md — the complaint route. */
export const complaintSchema = z.strictObject({
  /** Page title. */
  title: text,
  /** One or two sentences for the page description and the hub's complaint section. */
  summary: text,
  /** Datatilsynet's contact details. */
  supervisoryAuthority: z.strictObject({
    name: text,
    website: webAddress,
    cvr: text,
    contact: contactChannelsSchema,
  }),
});

/** content/shared/emner.md — the topics that group notices across authorities on the overview. */
export const topicsSchema = z.strictObject({
  /** Page title of the overview. */
  title: text,
  /** One or two sentences at the top of the overview and in its description. */
  summary: text,
  /** Each topic once, in the order shown. */
  topics: z
    .array(
      z.strictObject({
        /** Stable identifier, used in notices' topic field and as the anchor on the overview. */
        id: z.string().regex(slugPattern, 'må kun indeholde små bogstaver a–z, cifre og bindestreger'),
        /** Heading, e.g. "Ophold og visum". */
        title: text,
      }),
    )
    .min(1),
});

/** A notice named from another file: its authority's file name and its own, "udlaendingestyrelsen/ophold-i-danmark". */
export const noticeReference = z
  .string({
    error: 'skal være et formål skrevet som myndighed/formål, fx "udlaendingestyrelsen/ophold-i-danmark"',
  })
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/,
    'skal være et formål skrevet som myndighed/formål, fx "udlaendingestyrelsen/ophold-i-danmark": filnavnene uden .md',
  );

/**
 * content/shared/situationer.md — the situations readers come in ("Jeg har søgt om statsborgerskab"),
 * each leading to the notices that apply; the front page and the hubs show them.
 */
export const situationsSchema = z.strictObject({
  /** The heading over the situations, e.g. "Hvad er din situation?". */
  title: text,
  /** One or two sentences under the heading. */
  summary: text,
  /** Each situation once, in the order shown. */
  situations: z
    .array(
      z.strictObject({
        /** The situation in the reader's words, in the first person: "Jeg skal rejse ud af Danmark". */
        title: text,
        /** The notices that apply, each once, in the order shown: "udlaendingestyrelsen/ophold-i-danmark". */
        notices: eachOnce(z.array(noticeReference).min(1, 'skal nævne mindst ét formål')),
      }),
    )
    .min(1),
});

export type AuthorityData = z.infer<typeof authoritySchema>;
export type NoticeData = z.infer<typeof noticeSchema>;
export type AgreementData = z.infer<typeof agreementSchema>;
export type RightsData = z.infer<typeof rightsSchema>;
export type TopicsData = z.infer<typeof topicsSchema>;
export type SituationsData = z.infer<typeof situationsSchema>;
export type ComplaintData = z.infer<typeof complaintSchema>;
export type ContactChannels = z.infer<typeof contactChannelsSchema>;
export type RightId = (typeof rightIds)[number];
export type NoticeElement = (typeof noticeElements)[number];
export type ProcessingElement = (typeof processingElements)[number];
export type AuthorityElement = (typeof authorityElements)[number];
