/**
 * Soft hyphens in the publication's page titles (h1), so a long compound breaks where the language
 * breaks it ("Integrations-ministeriets") on a narrow screen, never at any letter. CSS `hyphens: auto`
 * does that only where the browser has a dictionary for the language, and Chromium without its
 * component updater has none. Only words too long for a phone's title line get them; a soft hyphen
 * shows only where the line breaks, and search (Pagefind), copying and screen readers pass over it.
 * The patterns are the TeX ones that the hyphen package ships, by the `lang` the text stands in.
 */
import type { Root, RootContent } from 'hast';
import danish from 'hyphen/da/index.js';
import english from 'hyphen/en-gb/index.js';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

export const softHyphen = '\u00ad';

/**
 * The shortest word that gets soft hyphens: about the longest a phone's title line (32 px bold, 343 px
 * wide at 375 px) holds whole. A shorter word moves to the next line whole rather than being hyphenated
 * where it would have fitted, and breaks inside only on a narrower screen (CSS overflow-wrap).
 */
const longWord = /\p{L}{18,}/gu;

/** Letters a break leaves at least, as the stylesheet's `hyphenate-limit-chars` asks of the browser. */
const leastLetters = 4;

/**
 * The word with soft hyphens at the patterns' breaks that leave at least `leastLetters` letters on
 * each side and no piece of one letter: the patterns' "rå|d|gi|ver" breaks as "råd|gi|ver".
 */
function breaksOf(pieces: string[]): string {
  const kept: string[] = [];
  for (const piece of pieces) {
    const last = kept.length - 1;
    if (last >= 0 && (piece.length === 1 || kept.join('').length < leastLetters)) kept[last] += piece;
    else kept.push(piece);
  }
  while (kept.length > 1 && kept[kept.length - 1]!.length < leastLetters) {
    const end = kept.pop()!;
    kept[kept.length - 1] += end;
  }
  return kept.join(softHyphen);
}

/**
 * Words of the titles that the Danish patterns break as if Danish, with their breaks: English loans
 * ("whist-leblower"). hyphen's own `exceptions` option misplaces every break after the first.
 */
const danishExceptions = ['whistle-blower-ord-ningen'];

/** The word in the pieces an exception gives it, in the word's own letters; undefined if none does. */
function exceptionPieces(word: string, exceptions: string[]): string[] | undefined {
  const exception = exceptions.find((candidate) => candidate.replaceAll('-', '') === word.toLowerCase());
  let at = 0;
  return exception?.split('-').map((piece) => word.slice(at, (at += piece.length)));
}

const hyphenators: Record<string, (word: string) => string> = {
  da: (word) =>
    breaksOf(
      exceptionPieces(word, danishExceptions) ??
        danish.hyphenateSync(word, { hyphenChar: softHyphen }).split(softHyphen),
    ),
  en: (word) => breaksOf(english.hyphenateSync(word, { hyphenChar: softHyphen }).split(softHyphen)),
};

/** The language of a `lang` value: "da", "en-GB" → "en". */
const languageOf = (lang: unknown) => String(lang).toLowerCase().split('-')[0]!;

function hyphenate(node: Root | RootContent, lang: string, inTitle: boolean): void {
  if (node.type === 'text') {
    const hyphenator = hyphenators[lang];
    if (inTitle && hyphenator) node.value = node.value.replace(longWord, hyphenator);
    return;
  }
  if (node.type === 'root') {
    for (const child of node.children) hyphenate(child, lang, inTitle);
    return;
  }
  if (node.type !== 'element') return;
  const { lang: own } = node.properties;
  const here = own === undefined ? lang : languageOf(own);
  for (const child of node.children) hyphenate(child, here, inTitle || node.tagName === 'h1');
}

const processor = unified()
  .use(rehypeParse)
  .use(() => (tree: Root) => hyphenate(tree, '', false))
  .use(rehypeStringify);

/** A page with soft hyphens in the long words of its h1, by the language of each text. */
export function withHyphenatedTitle(html: string): string {
  return String(processor.processSync(html));
}
