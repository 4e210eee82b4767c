/**
 * The facts written in prose: numbers, dates, e-mail and web addresses, phone numbers, sections (§) and
 * GDPR articles, each brought to one form so that the same fact in Danish and in a translation compares
 * equal ("artikel 6, stk. 1, litra e" and "Article 6(1)(e)"; "1. januar 2020" and "1 January 2020").
 * Pure: the translation check compares the facts of each translated text with its Danish text.
 */
import { danishMonthNames } from '../dates';

/** A kind of fact, named as the editor is told what to correct: "Ret tallet i oversættelsen". */
const factKinds = {
  email: 'e-mailadressen',
  url: 'webadressen',
  phone: 'telefonnummeret',
  date: 'datoen',
  article: 'artiklen',
  section: 'paragraffen',
  number: 'tallet',
} as const;

export type FactKind = keyof typeof factKinds;

/** One fact as written ("30 dage"), in the form it is compared in ("30"), and where it first stands in its text. */
export interface ProseFact {
  kind: FactKind;
  written: string;
  canonical: string;
  at: number;
}

interface FactPattern {
  kind: FactKind;
  pattern: RegExp;
  canonical: (match: RegExpExecArray) => string;
}

const englishMonths = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** "1", "januar", "2020" → "2020-01-01"; without a day "2020-01", without a year "01-01". */
function isoDate(
  months: readonly string[],
  day: string | undefined,
  month: string,
  year: string | undefined,
) {
  const monthNumber = twoDigits(months.indexOf(month.toLowerCase()) + 1);
  const dayPart = day === undefined ? '' : `-${twoDigits(Number(day))}`;
  return year === undefined ? `${monthNumber}${dayPart}` : `${year}-${monthNumber}${dayPart}`;
}

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

// A web address ends before closing punctuation, so a sentence's full stop is not part of it.
const urlCanonical = (match: RegExpExecArray) =>
  match[0]
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

/** Patterns every language shares: addresses and numbers written the same way everywhere. */
const sharedPatterns: FactPattern[] = [
  {
    kind: 'email',
    pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
    canonical: (match) => match[0].toLowerCase(),
  },
  {
    kind: 'url',
    pattern:
      /\bhttps?:\/\/[^\s)<>\]"]*[^\s)<>\]".,;:!?]|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:dk|eu|com|org|net)\b(?:\/[^\s)<>\]"]*[^\s)<>\]".,;:!?])?/gi,
    canonical: urlCanonical,
  },
  {
    kind: 'phone',
    pattern:
      /(?:\+45\s?)?(?<![\d,.])\d{2}(?:\s\d{2}){3}(?![\d,.]\d)|(?:\+45\s?)?(?<![\d,.])\d{8}(?![\d,.]\d)/g,
    canonical: (match) => withoutSpaces(match[0]).replace(/^\+45/, ''),
  },
  {
    kind: 'date',
    pattern: /\b\d{4}-\d{2}-\d{2}\b/g,
    canonical: (match) => match[0],
  },
];

/** The letters that may follow a section's number ("§ 9 c", "section 40 g"): one letter standing alone. */
const sectionNumber = String.raw`\d+(?:\s?[a-z](?![\p{L}\d]))?`;

/**
 * Danish: "1. januar 2020", "artikel 6, stk. 1, litra e", "§ 8, stk. 3, nr. 2", "§§ 9 c-9 f". Subsections
 * and points become parentheses, as the English writes them: "6(1)(e)", "§8(3)(2)".
 */
const danishReferences: FactPattern[] = [
  {
    kind: 'date',
    pattern: new RegExp(
      String.raw`\b(?:(\d{1,2})\.\s)?(${danishMonthNames.join('|')})(?:\s(\d{4}))?\b`,
      'giu',
    ),
    canonical: (match) =>
      match[1] === undefined && match[3] === undefined
        ? ''
        : isoDate(danishMonthNames, match[1], match[2]!, match[3]),
  },
  {
    kind: 'article',
    pattern:
      /\bart(?:ikel|iklerne|iklen|\.)?\s(\d+)(?:,\sstk\.\s(\d+)(?:-(\d+))?)?(?:,\s(?:litra|nr\.)\s([a-z]|\d+)\b)?/giu,
    canonical: (match) => danishReference('art', match),
  },
  {
    kind: 'section',
    pattern: new RegExp(
      String.raw`(?:§§?\s?|\bparagraf(?:fen|ferne|fer)?\s)(${sectionNumber}(?:-${sectionNumber})?)(?:,\sstk\.\s(\d+)(?:-(\d+))?)?(?:,\s(?:litra|nr\.)\s([a-z]|\d+)\b)?`,
      'giu',
    ),
    canonical: (match) => danishReference('§', match),
  },
];

function danishReference(sign: string, match: RegExpExecArray): string {
  const [, number, subsection, lastSubsection, point] = match;
  const subsections = subsection ? `(${subsection})${lastSubsection ? `-(${lastSubsection})` : ''}` : '';
  return `${sign}${withoutSpaces(number!)}${subsections}${point ? `(${point})` : ''}`.toLowerCase();
}

/**
 * English: "1 January 2020", "January 2020", "Article 6(1)(e)", "section 8(3)", "sections 9 c-9 f". A
 * sign (§) is read by the Danish patterns, which every text is also read with.
 */
const englishReferences: FactPattern[] = [
  {
    kind: 'date',
    pattern: new RegExp(
      String.raw`\b(?:(\d{1,2})\s)?(?<!\d\.\s)(${englishMonths.join('|')})(?:\s(\d{4}))?\b`,
      'giu',
    ),
    canonical: (match) =>
      match[1] === undefined && match[3] === undefined
        ? ''
        : isoDate(englishMonths, match[1], match[2]!, match[3]),
  },
  {
    kind: 'article',
    pattern: /\bart(?:icles?|\.)?\s(\d+)((?:\(\d+\))(?:-\(\d+\))?)?(\([a-z0-9]+\))?/giu,
    canonical: (match) => englishReference('art', match),
  },
  {
    kind: 'section',
    pattern: new RegExp(
      String.raw`\bsections?\s(${sectionNumber}(?:-${sectionNumber})?)((?:\(\d+\))(?:-\(\d+\))?)?(\([a-z0-9]+\))?`,
      'giu',
    ),
    canonical: (match) => englishReference('§', match),
  },
];

function englishReference(sign: string, match: RegExpExecArray): string {
  const [, number, subsections = '', point = ''] = match;
  return `${sign}${withoutSpaces(number!)}${subsections}${point}`.toLowerCase();
}

/** How each language writes a number: "1.000,5" in Danish, "1,000.5" in English. */
const numberPatterns: Record<string, FactPattern> = {
  da: {
    kind: 'number',
    pattern: /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g,
    canonical: (match) => match[0].replace(/\./g, '').replace(',', '.'),
  },
  en: {
    kind: 'number',
    // "20.000" copied from the Danish is twenty thousand here too: English writes no three-decimal numbers.
    pattern: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?![\d,])|\d+(?:\.\d+)?/g,
    canonical: (match) => match[0].replace(/^\d{1,3}(?:\.\d{3})+$/.test(match[0]) ? /\./g : /,/g, ''),
  },
};

/** Whether the facts of a language's prose can be read: the languages whose numbers are known above. */
export const readsFactsIn = (language: string) => language in numberPatterns;

/**
 * The patterns for a text in `language`. Dates and references are read in both languages' forms, as a
 * text may quote the other language ("Article 8 of The Danish Aliens Act" in a Danish note).
 */
const patternsFor = (language: string): FactPattern[] => {
  const numbers = numberPatterns[language];
  if (!numbers) return [];
  // A language's own forms first: the Danish "august 2020" must not take the English "1 August 2020".
  const references =
    language === 'da' ? [danishReferences, englishReferences] : [englishReferences, danishReferences];
  return [...sharedPatterns, ...references.flat(), numbers];
};

/** The word after a number, so the editor sees "30 dage", not "30". */
const followingWord = /^\s\p{L}+/u;

/**
 * The facts in a text of `language`, each once. A fact's text is taken out before the next kind is
 * looked for, so the digits of a date, a phone number or an article are not counted as numbers too.
 */
export function proseFacts(language: string, text: string): ProseFact[] {
  let rest = text;
  const facts = new Map<string, ProseFact>();
  for (const { kind, pattern, canonical } of patternsFor(language)) {
    rest = rest.replace(pattern, (...args) => {
      const match = Object.assign(args.slice(0, -2) as string[], {
        index: args.at(-2) as number,
        input: rest,
      }) as unknown as RegExpExecArray;
      const form = canonical(match);
      if (!form) return match[0];
      const after =
        kind === 'number' ? (followingWord.exec(rest.slice(match.index + match[0].length))?.[0] ?? '') : '';
      const key = `${kind}:${form}`;
      const written = `${match[0]}${after}`.replace(/\s+/g, ' ');
      if (!facts.has(key)) facts.set(key, { kind, written, canonical: form, at: match.index });
      // Spaces of the same length keep every later fact at its place in the text.
      return ' '.repeat(match[0].length);
    });
  }
  return [...facts.values()];
}

/**
 * One fact that differs: what the translation says (and where in its text), what the Danish says, or both
 * where they pair up.
 */
export interface FactDifference {
  kind: FactKind;
  translated?: string;
  translatedAt?: number;
  danish?: string;
}

/**
 * The facts the two texts do not share, kind by kind: a translated fact and a Danish fact of the same kind
 * are paired in the order they are written ("90 days" against "30 dage"); what is left is said alone.
 */
export function factDifferences(
  danish: { language: string; text: string },
  translated: { language: string; text: string },
): FactDifference[] {
  const danishFacts = proseFacts(danish.language, danish.text);
  const translatedFacts = proseFacts(translated.language, translated.text);
  const has = (facts: ProseFact[], fact: ProseFact) =>
    facts.some((other) => other.kind === fact.kind && other.canonical === fact.canonical);
  return (Object.keys(factKinds) as FactKind[]).flatMap((kind) => {
    const onlyDanish = danishFacts.filter((fact) => fact.kind === kind && !has(translatedFacts, fact));
    const onlyTranslated = translatedFacts.filter((fact) => fact.kind === kind && !has(danishFacts, fact));
    const count = Math.max(onlyDanish.length, onlyTranslated.length);
    return Array.from({ length: count }, (_, index) => ({
      kind,
      ...(onlyTranslated[index] && {
        translated: onlyTranslated[index].written,
        translatedAt: onlyTranslated[index].at,
      }),
      ...(onlyDanish[index] && { danish: onlyDanish[index].written }),
    }));
  });
}

/**
 * What the editor is told about one difference, in Danish; `source` names the Danish file.
 * "oversættelsen siger "90 days", men den danske tekst (content/purposes/…md) siger "30 dage". Ret tallet i oversættelsen".
 */
export function factDifferenceMessage({ kind, translated, danish }: FactDifference, source: string): string {
  const what = factKinds[kind];
  const danishText = `den danske tekst (${source})`;
  if (translated !== undefined && danish !== undefined)
    return `oversættelsen siger "${translated}", men ${danishText} siger "${danish}". Ret ${what} i oversættelsen`;
  if (translated !== undefined)
    return `oversættelsen siger "${translated}", men ${danishText} siger det ikke. Ret eller slet ${what} i oversættelsen`;
  return `${danishText} siger "${danish}", men oversættelsen siger det ikke. Skriv ${what} i oversættelsen`;
}
