/** The letters Decap's accent cleaning (the diacritics package) writes as other letters, not without a mark. */
const letters: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe', đ: 'd', ł: 'l' };

/**
 * The file name Decap CMS gives a new entry from its identifier field (the title, an authority's name),
 * made as Decap makes it with the configuration's slug options (editor-config.ts: ASCII, accents cleaned,
 * "-" for anything else): "Parkering på Ærø" → "parkering-pa-aero". The preview shows it, so the editor
 * sees the name the file will be saved under.
 */
export function decapSlugOf(identifier: string): string {
  return identifier
    .trim()
    .toLocaleLowerCase()
    .replace(/'/g, '')
    .replace(/\./g, '-')
    .replace(/[æøßœđł]/g, (letter) => letters[letter]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9_~-]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}
