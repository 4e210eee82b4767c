/**
 * The site's own words in every language, and the language of the page being rendered. A page sets its
 * language once with `setPageLanguage`; the server components under it read `words()`, so no component
 * passes the language down. Like next-intl's setRequestLocale, the language lives in React's `cache`,
 * which holds one value per server request; a page that sets none speaks the source language.
 */

import { cache } from 'react';

import { sourceLanguage, type LanguageCode } from '@/config/languages';
import { localePath } from '@/config/routes';

import { dictionaries, type Dictionary } from './dictionaries';

export { dictionaries, dictionaryOf, type Dictionary } from './dictionaries';

// One mutable holder per request: `cache` hands every call in the same request the same object.
const current = cache((): { language: LanguageCode } => ({ language: sourceLanguage }));

/** Sets the language of the page being rendered; call it at the top of a page, before any `words()`. */
export function setPageLanguage(language: LanguageCode): void {
  current().language = language;
}

/** The language of the page being rendered: the source language unless the page set another. */
export function pageLanguage(): LanguageCode {
  return current().language;
}

/** The site's own words in the language of the page being rendered. */
export function words(): Dictionary {
  return dictionaries[pageLanguage()];
}

/** A page's root address (from src/config/routes.ts) as the address of its twin in the page's language. */
export const localized = (path: string) => localePath(pageLanguage(), path);
