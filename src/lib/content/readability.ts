/**
 * How hard a text is to read, by the classic formulas for each language: LIX for Danish, Flesch reading
 * ease for English. Pure; the content check uses them to warn an editor of a hard opening text.
 */

/**
 * Where a sentence ends: a full stop, colon, question or exclamation mark before the end of the text or
 * before a capital letter. "bl.a. i", "jf. § 5" and "stk. 1" do not end one, so an abbreviation does not
 * make a text look easier than it is.
 */
const sentenceEnd = /[.:!?]+(?=\s*$|\s+["“«(]?\p{Lu})/gu;

/** The words: what stands between spaces, if it has a letter or a digit ("6(1)(e)" is one word, "§" none). */
export const wordsOf = (text: string): string[] =>
  text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/** The number of sentences; a text without an ending mark is one sentence. */
export function sentenceCount(text: string): number {
  const trimmed = text.trim();
  const ended = (trimmed.match(sentenceEnd) ?? []).length;
  return /[.:!?]$/.test(trimmed) ? Math.max(1, ended) : ended + 1;
}

const lettersIn = (word: string) => word.replace(/[^\p{L}]/gu, '');

/**
 * LIX (Björnsson 1968): words per sentence plus the share of long words (more than six letters) in per
 * cent. Danish bands: under 25 very easy (children's books), 25–34 easy, 35–44 medium (newspapers),
 * 45–54 hard (non-fiction), 55 and over very hard (legal and academic texts).
 */
export function lix(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const long = words.filter((word) => lettersIn(word).length > 6).length;
  return words.length / sentenceCount(text) + (100 * long) / words.length;
}

/**
 * The syllables of an English word by the common vowel-group heuristic: count runs of vowels (y counts),
 * after dropping the endings that add no syllable: "-es" after most consonants ("makes"; not "uses",
 * "services"), "-ed" after most consonants ("used"; not "wanted", "needed") and a silent final "e"
 * ("made", "whole"; not "table", "centre"). Right for most everyday words, off by one on some ("created"
 * counts 2): close enough for a warning, which needs the level of a text, not of each word.
 */
export function syllablesOf(word: string): number {
  let letters = lettersIn(word).toLowerCase();
  if (letters.length <= 3) return 1;
  letters = letters.replace(/([^laeiouyszxcg])es$/, '$1').replace(/([^aeiouydt])ed$/, '$1');
  if (!/[^aeiouy][lr]e$/.test(letters)) letters = letters.replace(/([^aeiouy])e$/, '$1');
  return Math.max(1, (letters.match(/[aeiouy]+/g) ?? []).length);
}

/**
 * Flesch reading ease (Flesch 1948): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
 * Higher is easier: 60–70 plain English (understood by 13–15-year-olds), 50–60 fairly difficult, 30–50
 * difficult, under 30 very difficult (graduate level).
 */
export function fleschReadingEase(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 100;
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  return 206.835 - (1.015 * words.length) / sentenceCount(text) - (84.6 * syllables) / words.length;
}
