import { z } from 'zod';

/**
 * What a translation may say: only words. Every schema here is strict, so a structured fact (an article,
 * a kind, a date, an address) written into a translation is refused; the facts live once, in the Danish
 * file. Lists must line up one to one with the Danish lists (see translations.ts).
 */

const text = z.string().trim().min(1);
const words = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject(shape);
const optionalWords = <Shape extends z.ZodRawShape>(shape: Shape) => words(shape).optional();

const contactWords = optionalWords({
  digitalPost: optionalWords({ recipient: text.optional(), guidance: text.optional() }),
  contactForm: optionalWords({ guidance: text.optional() }),
});

const gapWords = z.array(words({ reason: text.optional() })).optional();

/**
 * The forms of a name each language states for itself where its grammar needs them (src/i18n/names.ts):
 * a translation may state one the Danish file has not, and need not repeat one it has.
 */
export const nameGrammarFields: ReadonlySet<string> = new Set(['nameInText', 'genitive']);

/** The field of a translation that records the Danish words each field was translated from. */
export const sourceFingerprintsField = 'sourceFingerprints';

const fingerprint = z
  .string()
  .regex(
    /^[0-9a-f]{12}$/,
    'skal være et fingeraftryk på 12 tegn, som npm run translation:reviewed skriver. Skriv det aldrig selv; kør kommandoen',
  );

/**
 * A translation's words, and per field (and `body`, the Markdown body) the fingerprint of the Danish words
 * it was translated from, written by the tools (source-fingerprints.ts); a field without one is out of date.
 */
const translation = <Shape extends z.ZodRawShape>(shape: Shape) =>
  words({
    ...shape,
    [sourceFingerprintsField]: z
      .partialRecord(z.enum(['body', ...Object.keys(shape)] as [string, ...string[]]), fingerprint)
      .optional(),
  });

/** content/translations/<language>/purposes/<authority>/<slug>.md */
export const noticeTranslationSchema = translation({
  title: text,
  summary: text.max(300),
  purpose: text,
  legalBases: z.array(words({ law: text.optional() })).optional(),
  specialCategoryBases: z.array(words({ law: text.optional() })).optional(),
  dataProtectionActBases: z.array(words({ detail: text.optional() })).optional(),
  statutes: z.array(text).optional(),
  dataCategories: z.array(words({ description: text.optional() })).optional(),
  dataSubjects: z.array(text).optional(),
  sources: z.array(words({ description: text.optional() })).optional(),
  recipients: z
    .array(
      words({
        /** The name alone, as a list shows it: "Immigration authorities". */
        name: text.optional(),
        /** The name in running text, where it differs: "the immigration authorities", "municipalities". */
        nameInText: text.optional(),
        reason: text.optional(),
      }),
    )
    .optional(),
  transfers: z.array(words({ recipient: text.optional(), detail: text.optional() })).optional(),
  /** The period only where the Danish file says it in words: a duration is worded by each language. */
  retention: optionalWords({ period: text.optional(), criteria: text.optional() }),
  automatedDecisions: optionalWords({ explanation: text.optional() }),
  provisionRequirement: text.optional(),
  consentWithdrawal: text.optional(),
  legitimateInterest: text.optional(),
  rightsOverride: optionalWords({ justification: text.optional() }),
  knownGaps: gapWords,
  sourceNotes: z.array(text).optional(),
  changes: z.array(words({ note: text.optional() })).optional(),
});

/** content/translations/<language>/authorities/<slug>.md */
export const authorityTranslationSchema = translation({
  /** The name alone, as a heading or a list shows it: "Danish Immigration Service". */
  name: text,
  /** The name in running text, where the language puts an article before it: "the Danish Immigration Service". */
  nameInText: text.optional(),
  shortName: text.optional(),
  description: text.max(200),
  handles: z.array(text),
  /** The genitive, only where the language's rule gets it wrong (English adds "'s" to nameInText). */
  genitive: text.optional(),
  identificationAdvice: text,
  controllerContact: contactWords,
  dpoContact: contactWords,
  knownGaps: gapWords,
});

/** content/translations/<language>/agreements/<slug>.md */
export const agreementTranslationSchema = translation({
  title: text,
  summary: text.max(300),
  covers: text,
  document: optionalWords({ title: text.optional() }),
});

/** content/translations/<language>/shared/rettigheder.md */
export const rightsTranslationSchema = translation({
  title: text,
  summary: text,
  rights: z.array(words({ title: text.optional(), hubText: text.optional(), explanation: text.optional() })),
});

/** content/translations/<language>/shared/klage-til-datatilsynet.md */
export const complaintTranslationSchema = translation({
  title: text,
  summary: text,
  supervisoryAuthority: optionalWords({
    name: text.optional(),
    /** The name in running text, with its article: "the Danish Data Protection Agency (Datatilsynet)". */
    nameInText: text.optional(),
    contact: contactWords,
  }),
});

/** content/translations/<language>/shared/emner.md */
export const topicsTranslationSchema = translation({
  title: text,
  summary: text,
  topics: z.array(words({ title: text.optional() })),
});

/** content/translations/<language>/shared/situationer.md */
export const situationsTranslationSchema = translation({
  title: text,
  summary: text,
  situations: z.array(words({ title: text.optional() })),
});

export type NoticeTranslationData = z.infer<typeof noticeTranslationSchema>;

/** One term of a language's term base: the Danish word, the one translation to use, and what not to write. */
const termSchema = words({
  /** The Danish term, as the Danish files write it: "opbevaring". */
  danish: text,
  /** The term this language uses for it, always: "retention". */
  term: text,
  /** Translations not to use, which the content check warns about: ["storage"]. */
  avoid: z.array(text).optional(),
  /** Why, or where the term comes from, for translators. */
  note: text.optional(),
}).refine(({ term, avoid = [] }) => !avoid.some((word) => word.toLowerCase() === term.toLowerCase()), {
  path: ['avoid'],
  message: 'nævner selve termen. Slet den fra avoid, ellers advarer tjekket hver gang termen bruges',
});

/** content/translations/<language>/termer.md: the language's term base, for translators and the check. */
export const termBaseSchema = words({
  title: text,
  terms: z.array(termSchema).min(1, 'skal have mindst én term'),
});

export type TermBase = z.infer<typeof termBaseSchema>;
