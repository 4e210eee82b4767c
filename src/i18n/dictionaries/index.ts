import type { LanguageCode } from '../../config/languages';
import { da, type Dictionary } from './da';
import { en } from './en';

export type { Dictionary } from './da';

/** Every language's dictionary, by the language's code: a language without one fails the type check. */
export const dictionaries: Record<LanguageCode, Dictionary> = { da, en };

/** The dictionary of a language code from outside the type system (a route's parameter). */
export const dictionaryOf = (language: string): Dictionary =>
  dictionaries[language as LanguageCode] ?? dictionaries.da;
