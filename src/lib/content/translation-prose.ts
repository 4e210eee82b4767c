/**
 * What the translation check reads in a translation's prose: the facts, which must be the Danish text's
 * (an error), and the terms, which should be the language's term base's (a warning). Pure.
 */
import type { ContentProblem } from './errors';
import { formatFieldPath } from './field-names';
import { factDifferenceMessage, factDifferences, readsFactsIn } from './prose-facts';
import type { TermBase } from './translation-schema';

/** A translated text beside the Danish text it translates. */
export interface TextPair {
  field: string;
  danish: string;
  translated: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every text of a translation with the Danish text at the same place: fields by name, lists item by item.
 * A list of another length than the Danish one is left out: the translation check already says so.
 */
export function pairedTexts(
  danish: unknown,
  translated: unknown,
  path: (string | number)[] = [],
): TextPair[] {
  if (typeof translated === 'string')
    return typeof danish === 'string' ? [{ field: formatFieldPath(path), danish, translated }] : [];
  if (Array.isArray(translated))
    return Array.isArray(danish) && danish.length === translated.length
      ? translated.flatMap((item, index) => pairedTexts(danish[index], item, [...path, index]))
      : [];
  if (isRecord(translated) && isRecord(danish))
    return Object.entries(translated).flatMap(([key, item]) =>
      pairedTexts(danish[key], item, [...path, key]),
    );
  return [];
}

/** The line, counted in its file from the body's `firstLine`, of the character at `at`; the first without it. */
const lineAt = (body: string, at: number | undefined, firstLine: number) =>
  firstLine + (at === undefined ? 0 : body.slice(0, at).split('\n').length - 1);

export interface TranslatedFile {
  /** The translation's file and its language. */
  file: string;
  language: string;
  /** The Danish file it translates, as messages name it. */
  source: string;
  pairs: TextPair[];
  /** The two bodies as written, and the translation's body's first line in its file. */
  body: { danish: string; translated: string; firstLine: number };
}

/** An error for each fact a translated text states otherwise than its Danish text (see prose-facts.ts). */
export function factProblems(
  sourceLanguage: string,
  { file, language, source, pairs, body }: TranslatedFile,
): ContentProblem[] {
  if (!readsFactsIn(language)) return [];
  const compare = (danish: string, translated: string) =>
    factDifferences({ language: sourceLanguage, text: danish }, { language, text: translated });
  const inFields = pairs.flatMap(({ field, danish, translated }) =>
    compare(danish, translated).map((difference) => ({
      file,
      field,
      message: factDifferenceMessage(difference, source),
    })),
  );
  const inBody = compare(body.danish, body.translated).map((difference) => ({
    file,
    field: 'body',
    line: lineAt(body.translated, difference.translatedAt, body.firstLine),
    message: factDifferenceMessage(difference, source),
  }));
  return [...inFields, ...inBody];
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term as a whole word or words, in any case, also in the plural with -s. */
const wordPattern = (term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}-])${escaped(term).replace(/\s+/g, '\\s+')}s?(?![\\p{L}\\p{N}-])`, 'giu');

/**
 * A warning for each term of `termBase` a translated text writes in a way the term base says to avoid. A
 * right term that holds the word to avoid is passed over: "reference number" is not "reference".
 */
export function termProblems(
  termBase: { file: string; data: TermBase },
  { file, pairs, body }: Pick<TranslatedFile, 'file' | 'pairs' | 'body'>,
): ContentProblem[] {
  const { terms } = termBase.data;
  const wrongTerms = terms.flatMap(({ danish, term, avoid = [] }) =>
    avoid.map((variant) => ({
      danish,
      term,
      pattern: wordPattern(variant),
      rightTermsHoldingIt: terms
        .filter((other) => other.term !== variant && wordPattern(variant).test(other.term))
        .map((other) => wordPattern(other.term)),
    })),
  );
  const inText = (text: string) =>
    wrongTerms.flatMap(({ danish, term, pattern, rightTermsHoldingIt }) => {
      const rest = rightTermsHoldingIt.reduce(
        (masked, right) => masked.replace(right, (found) => ' '.repeat(found.length)),
        text,
      );
      return [...rest.matchAll(pattern)].map(
        ([found]) =>
          `bruger "${found.replace(/\s+/g, ' ')}", men termlisten (${termBase.file}) siger "${term}" for "${danish}". Skriv "${term}", eller ret termlisten, hvis ordet her betyder noget andet`,
      );
    });
  const inFields = pairs.flatMap(({ field, translated }) =>
    inText(translated).map((message) => ({ file, field, message, warning: true })),
  );
  const inBody = body.translated.split('\n').flatMap((text, index) =>
    inText(text).map((message) => ({
      file,
      field: 'body',
      line: body.firstLine + index,
      message,
      warning: true,
    })),
  );
  return [...inFields, ...inBody];
}
