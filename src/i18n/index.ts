/**
 * The site's own words in every language, and the language of the page being rendered. A page sets its
 * language once with `setPageLanguage`; the server components under it read `words()`, so no component
 * passes the language down. Like next-intl's setRequestLocale, the language lives in React's `cache`,
 * which holds one value per server request; a page that sets none speaks the source language.
 */

import { notFound } from 'next/navigation';
import { cache } from 'react';

import { isLanguageCode, sourceLanguage, type LanguageCode } from '@/config/languages';
import { localePath } from '@/lib/routes';

import { dictionaries, type Dictionary } from './dictionaries';

export { dictionaries, dictionaryOf, type Dictionary } from './dictionaries';

// One mutable holder per request: `cache` hands every call in the same request the same object.
const current = cache((): { language: LanguageCode } => ({ language: sourceLanguage }));

/** Sets the language of the page being rendered; call it at the top of a page, before any `words()`. */
export function setPageLanguage(language: LanguageCode): void {
  current().language = language;
}

/** What the router passes every page and layout: the language code of its address. */
export interface LanguageParams {
  params: Promise<{ lang: string }>;
}

/**
 * Sets the page's language from its route's `lang` parameter (every page, layout and generateMetadata
 * calls it first); a code that is not one of the site's languages is no page.
 */
export async function setPageLanguageFrom(params: Promise<{ lang: string }>): Promise<LanguageCode> {
  const { lang } = await params;
  if (!isLanguageCode(lang)) notFound();
  setPageLanguage(lang);
  return lang;
}

/** The language of the page being rendered: the source language unless the page set another. */
export function pageLanguage(): LanguageCode {
  return current().language;
}

/** The site's own words in the language of the page being rendered. */
export function words(): Dictionary {
  return dictionaries[pageLanguage()];
}

/** A page's root address (from src/lib/routes.ts) as the address of its twin in the page's language. */
export const localized = (path: string) => localePath(pageLanguage(), path);
