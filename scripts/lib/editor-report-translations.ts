import { danishNameOf } from '../../src/config/languages';
import type { ContentCheck } from '../../src/lib/content/check';

/** How far the translations into one language have come, of an authority's notices or of the other files. */
export interface TranslationCount {
  language: string;
  /** The language in Danish: "engelsk". */
  languageInDanish: string;
  /** Translated, and every field translated from the Danish text as it is now. */
  translated: number;
  /** Translated, but fields changed in Danish since (a warning): those fields are shown in Danish. */
  outdated: number;
  /** No translation file: the page is shown in Danish. Not an error. */
  missing: number;
  /** A translation file that is not used until the errors in it, or in its Danish file, are fixed. */
  withErrors: number;
}

/** A file whose translation into one language is out of date or missing. */
export interface UntranslatedFile {
  language: string;
  languageInDanish: string;
  /** The Danish file. */
  file: string;
  /** A notice, or another file: an authority, an agreement or a shared text. */
  kind: 'notice' | 'other';
  state: 'outdated' | 'missing';
  /** For an out-of-date translation: its file. */
  translation?: string;
  /** For an out-of-date translation: the fields changed in Danish since they were translated. */
  outdatedFields?: string[];
}

type TranslationState = 'translated' | 'outdated' | 'missing' | 'withErrors';

/**
 * How far each Danish file is translated into each language the site is translated into (the languages of
 * `content.translations`, from src/config/languages.ts): counted for a set of files, and listed where a
 * translation is out of date or missing.
 */
export function translationStatus({
  content,
  translationFiles,
}: Pick<ContentCheck, 'content' | 'translationFiles'>) {
  const languages = Object.keys(content?.translations ?? {});
  const translationOf = (file: string, language: string) => content?.translations[language]?.[file];
  const stateOf = (file: string, language: string): TranslationState => {
    const translation = translationOf(file, language);
    if (translation) return translation.outdatedFields.length > 0 ? 'outdated' : 'translated';
    return translationFiles[language]?.[file] ? 'withErrors' : 'missing';
  };

  const count = (files: readonly string[]): TranslationCount[] =>
    languages.map((language) => {
      const states = files.map((file) => stateOf(file, language));
      const of = (state: TranslationState) => states.filter((candidate) => candidate === state).length;
      return {
        language,
        languageInDanish: danishNameOf(language),
        translated: of('translated'),
        outdated: of('outdated'),
        missing: of('missing'),
        withErrors: of('withErrors'),
      };
    });

  const untranslated = (
    files: readonly { file: string; kind: UntranslatedFile['kind'] }[],
  ): UntranslatedFile[] =>
    languages.flatMap((language) =>
      files.flatMap(({ file, kind }): UntranslatedFile[] => {
        const found = { language, languageInDanish: danishNameOf(language), file, kind };
        const state = stateOf(file, language);
        if (state === 'missing') return [{ ...found, state }];
        const translation = translationOf(file, language);
        if (state !== 'outdated' || !translation) return [];
        const { outdatedFields } = translation;
        return [{ ...found, state, translation: translation.file, outdatedFields }];
      }),
    );

  return { count, untranslated };
}
