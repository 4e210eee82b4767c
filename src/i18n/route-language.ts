/**
 * A route's language: what every page, layout and generateMetadata under src/app/[lang]/ calls first. Apart
 * from src/i18n/index.ts, which the tests and scripts load outside Next.js, because it uses the router.
 */
import { notFound } from 'next/navigation';

import { isLanguageCode, type LanguageCode } from '@/config/languages';
import { setPageLanguage } from '@/i18n';

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
