import type { z } from 'zod';

import {
  agreementSchema,
  authoritySchema,
  complaintSchema,
  purposeSchema,
  rightsSchema,
  topicsSchema,
} from '../content/schema';
import {
  agreementTranslationSchema,
  authorityTranslationSchema,
  complaintTranslationSchema,
  purposeTranslationSchema,
  rightsTranslationSchema,
  topicsTranslationSchema,
} from '../content/translation-schema';

/** Each kind of content file with the schema of its Danish file and of its translations. */
export const contentKinds = {
  authority: { schema: authoritySchema, translationSchema: authorityTranslationSchema },
  purpose: { schema: purposeSchema, translationSchema: purposeTranslationSchema },
  agreement: { schema: agreementSchema, translationSchema: agreementTranslationSchema },
  rights: { schema: rightsSchema, translationSchema: rightsTranslationSchema },
  complaint: { schema: complaintSchema, translationSchema: complaintTranslationSchema },
  topics: { schema: topicsSchema, translationSchema: topicsTranslationSchema },
} satisfies Record<string, { schema: z.ZodObject; translationSchema: z.ZodObject }>;

export type ContentKind = keyof typeof contentKinds;

/** A form is for a Danish file or for one of its translations, which take only words. */
export type FormLanguage = 'source' | 'translation';

export const schemaOf = (kind: ContentKind, language: FormLanguage): z.ZodObject =>
  language === 'source' ? contentKinds[kind].schema : contentKinds[kind].translationSchema;
