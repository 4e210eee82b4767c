/**
 * The plain-language rule: the summary and purpose that open a notice should read at LIX 40 or lower in
 * Danish and at Flesch reading ease 60 or higher in English. The content check warns, never stops, when
 * one reads far above that.
 */
import { sourceLanguage } from '../../config/languages';
import type { ContentProblem } from './errors';
import { fleschReadingEase, lix, wordsOf } from './readability';

interface ReadabilityRule {
  /** The formula's name as the message gives it. */
  measure: string;
  score: (text: string) => number;
  /** What a typical notice should reach. */
  target: number;
  /**
   * Where "far above the target" begins: ten points past it, one whole band of the formula's scale (both
   * have bands ten points wide), so a text warned of reads a class harder than the target. LIX 50 is mid
   * "hard" (45–54) where 40 is mid "medium" (35–44); Flesch under 50 is "difficult" where 60 begins
   * "plain English". A short text's score jumps with one long word, so warning at the target itself
   * would flag texts that are fine.
   */
  limit: number;
  /** Whether a lower score is easier to read (LIX) or a higher one (Flesch). */
  lowerIsEasier: boolean;
}

/** The rule per language; a language without one is not measured. */
const readabilityRules: Readonly<Record<string, ReadabilityRule>> = {
  [sourceLanguage]: { measure: 'LIX', score: lix, target: 40, limit: 50, lowerIsEasier: true },
  en: { measure: 'Flesch', score: fleschReadingEase, target: 60, limit: 50, lowerIsEasier: false },
};

/**
 * Texts shorter than this are not measured: in a few words the formulas see only the length of the words
 * (a five-word purpose with three long words has LIX 65), not how hard the text is.
 */
const fewestWordsMeasured = 10;

/** The fields that open a notice, measured by the rule. */
export const openingFields = ['summary', 'purpose'] as const;

/** A notice's or a translation's opening texts, as written. */
export type OpeningTexts = Partial<Record<(typeof openingFields)[number], unknown>>;

/** A warning for each opening text of `texts`, in `language`, that reads far above the target. */
export function readabilityWarnings(file: string, language: string, texts: OpeningTexts): ContentProblem[] {
  const rule = readabilityRules[language];
  if (!rule) return [];
  return openingFields.flatMap((field): ContentProblem[] => {
    const text = texts[field];
    if (typeof text !== 'string' || wordsOf(text).length < fewestWordsMeasured) return [];
    const score = Math.round(rule.score(text));
    const farAbove = rule.lowerIsEasier ? score > rule.limit : score < rule.limit;
    if (!farAbove) return [];
    const goal = `${rule.lowerIsEasier ? 'højst' : 'mindst'} ${rule.target}`;
    const message = `er svær at læse: ${rule.measure} ${score}, hvor målet er ${goal}. Skriv kortere sætninger med almindelige ord, og sæt fagordet efter det almindelige ord`;
    return [{ file, field, message, warning: true }];
  });
}
