import { readFileSync } from 'node:fs';
import path from 'node:path';

import subsetFont from 'subset-font';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const dkfdsFonts = 'node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2';

const codePoints = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, index) => first + index);

/**
 * What the site's languages, Danish and English, need: every letter of CLDR's exemplar characters for
 * da and en, main and auxiliary (loanwords and names: "idé", "Müller", "façade"), and their
 * punctuation. A whole language rather than the characters the pages happen to use today, so a new
 * notice does not fall back to another font in mid-word.
 */
const fontCharacters = [
  String.fromCodePoint(...codePoints(0x20, 0x7e)), // printable ASCII
  'ÆØÅæøå',
  'ÀÁÂÄÇÈÉÊËÍÎÏÑÓÔÖÙÚÛÜŒàáâäçèéêëíîïñóôöùúûüÿœ',
  '\u00a0\u00ad', // no-break space, soft hyphen
  '–—‘’‚“”„«»‹›…•·§†€',
].join('');

/** The two weights the site uses, from DKFDS's Latin-1 files, and where their subsets are committed. */
export const plexSubsets = [
  {
    source: `${dkfdsFonts}/IBMPlexSans-Regular-Latin1.woff2`,
    target: 'src/styles/fonts/ibm-plex-sans-regular-da-en.woff2',
  },
  {
    source: `${dkfdsFonts}/IBMPlexSans-SemiBold-Latin1.woff2`,
    target: 'src/styles/fonts/ibm-plex-sans-semibold-da-en.woff2',
  },
] as const;

/** Name ids 0–14: copyright, names, version, trademark, designer, vendor and licence stay in the font. */
const metadataNameIds = codePoints(0, 14);

/**
 * One of DKFDS's font files cut down to `fontCharacters`. Outlines, hinting, kerning and every
 * OpenType feature are kept, so each letter looks exactly as in the original.
 */
export function subsetPlex(source: string): Promise<Buffer> {
  return subsetFont(readFileSync(path.join(projectRoot, source)), fontCharacters, {
    targetFormat: 'woff2',
    preserveNameIds: metadataNameIds,
  });
}
