import type { z } from 'zod';

import { contentFiles, type ContentKind } from '../content/content-files';

/** A form is for a Danish file or for one of its translations, which take only words. */
export type FormLanguage = 'source' | 'translation';

/** The schema a form is made from: its kind's Danish file's, or its translations' (see content-files.ts). */
export const schemaOf = (kind: ContentKind, language: FormLanguage): z.ZodObject =>
  language === 'source' ? contentFiles[kind].schema : contentFiles[kind].translationSchema;
