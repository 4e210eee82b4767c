import fontverter from 'fontverter';
import type { Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import subsetFont from 'subset-font';
import { unified } from 'unified';

import { withNames } from './font-tables';

/**
 * The family name inside the subset fonts. IBM Plex is under the SIL Open Font License with the
 * Reserved Font Name "Plex": a modified version (a subset is one) may not carry it. The stylesheet
 * names the family itself (next/font's `plexSans`), so readers see no difference.
 */
export const subsetFamily = 'Persondata Sans';

/**
 * The OpenType features browsers apply to Latin text unasked (composition, localised forms, marks,
 * kerning, ligatures); the stylesheet asks for no other (no font-feature-settings, no font-variant).
 */
const defaultFeatures = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig'];

/**
 * What readers type into the search field and the letter forms (names, addresses, e-mail, phone) is
 * on no page: letters, digits and the punctuation of those. Rarer ASCII symbols a reader may type
 * (`#$%*<=>[\]^_{|}~`) are drawn in the fallback font unless a page shows them.
 */
const typedCharacters = [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  ...' !"&\'()+,-./:;?@',
];

/** Attributes whose text a page shows: image text, form fields, and the data-* templates its scripts fill in. */
const shownAttribute = (name: string) =>
  ['alt', 'placeholder', 'value', 'label'].includes(name) || name.startsWith('data');

/** Elements whose text is not shown in the page: scripts (and structured data), styles and the head. */
const hiddenElements = new Set(['script', 'style', 'head']);

function collectText(node: Root | RootContent, into: string[]): void {
  if (node.type === 'text') into.push(node.value);
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (hiddenElements.has(node.tagName)) return;
    for (const [name, value] of Object.entries(node.properties)) {
      if (shownAttribute(name)) into.push(([] as unknown[]).concat(value).join(' '));
    }
  }
  for (const child of node.children) collectText(child, into);
}

const parser = unified().use(rehypeParse);

/** The text a page shows in its fonts: its text, image texts, form fields and its scripts' templates. */
export function shownTextOf(html: string): string {
  const parts: string[] = [];
  collectText(parser.parse(html), parts);
  return parts.join('');
}

/** The text of a stylesheet's `content` declarations (generated text such as quotes and separators). */
export function generatedTextOf(css: string): string {
  return [...css.matchAll(/content:\s*(["'])((?:\\.|(?!\1).)*)\1/g)]
    .map(([, , value]) =>
      value!.replace(/\\([\da-f]{1,6})\s?|\\(.)/gi, (_, hex?: string, character?: string) =>
        hex ? String.fromCodePoint(parseInt(hex, 16)) : character!,
      ),
    )
    .join('');
}

/**
 * Every character the publication shows: the pages' text, the stylesheets' generated text and what
 * readers type. Computed from each build, so a new language or a new character on any page is in the
 * fonts. Search results show the pages' own text, so they add nothing.
 */
export function charactersOf(pages: string[], stylesheets: string[]): string {
  const characters = new Set(typedCharacters);
  for (const text of [...pages.map(shownTextOf), ...stylesheets.map(generatedTextOf)]) {
    for (const character of text) if (character >= ' ') characters.add(character);
  }
  return [...characters].sort().join('');
}

/**
 * A WOFF2 font with only the glyphs for `characters` (and what the kept features reach from them),
 * without hinting (modern browsers rasterise outlines well at text sizes) or other features, renamed.
 */
export async function fontSubset(font: Buffer, characters: string): Promise<Buffer> {
  const subset = await subsetFont(font, characters, {
    targetFormat: 'truetype',
    noHinting: true,
    keepFeatures: defaultFeatures,
  });
  const renamed = withNames(subset, ({ nameId, text }) =>
    // 0 is the copyright notice, which must stay as it is (it names the reserved name).
    nameId === 0
      ? text
      : text
          .replaceAll('IBM Plex Sans', subsetFamily)
          .replaceAll('IBMPlexSans', subsetFamily.replaceAll(' ', '')),
  );
  return fontverter.convert(renamed, 'woff2');
}
