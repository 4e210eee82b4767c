/**
 * The languages the site speaks. Danish is the language of the content files; every other language is a
 * folder of translations, content/translations/<code>/, that supplies only words. Adding a language is an
 * entry here and a folder there.
 */
export const languages = [
  { code: 'da', name: 'Dansk', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
] as const satisfies readonly { code: string; name: string; dir: 'ltr' | 'rtl' }[];

export type LanguageCode = (typeof languages)[number]['code'];

/** Whether a code is one of the site's languages. */
export const isLanguageCode = (code: string): code is LanguageCode =>
  languages.some((language) => language.code === code);

/** The language the content files are written in: the source of every fact. */
export const sourceLanguage = 'da' satisfies LanguageCode;

/** The languages translated from the source language. */
export const translationLanguages: readonly string[] = languages
  .map((language) => language.code)
  .filter((code) => code !== sourceLanguage);

const danishNames = new Intl.DisplayNames(['da'], { type: 'language' });

/** A language's name in Danish, as in a sentence: "engelsk". A new language needs no entry of its own. */
export const danishNameOf = (code: string) => danishNames.of(code) ?? code;
