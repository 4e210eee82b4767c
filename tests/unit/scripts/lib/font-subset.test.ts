import { readFileSync } from 'node:fs';

import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';

import {
  charactersOf,
  fontSubset,
  generatedTextOf,
  shownTextOf,
  subsetFamily,
} from '../../../../scripts/lib/font-subset';
import { codePointsOf, namesOf } from '../../../../scripts/lib/font-tables';

const plexRegular = readFileSync(
  'node_modules/dkfds/dist/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2',
);
const truetype = (woff2: Buffer) => fontverter.convert(woff2, 'truetype');
const has = (points: Set<number>, text: string) =>
  [...text].every((character) => points.has(character.codePointAt(0)!));

describe('the characters the publication shows', () => {
  it('are the text of the pages’ bodies, with character references resolved', () => {
    const page =
      '<html><head><title>Titel ¤</title></head><body><p>Søg &amp; find &#x27;kø&#8217;</p></body></html>';
    expect(shownTextOf(page)).toBe("Søg & find 'kø’");
  });

  it('include image texts, form fields and the data-* templates the pages’ scripts fill in', () => {
    const page =
      '<img alt="Æble" src="/a_b.png"><input placeholder="Søgeord…" value="Ü"><form data-results-none="Ingen “{query}”"></form>';
    expect(shownTextOf(page)).toBe('Æble' + 'Søgeord…Ü' + 'Ingen “{query}”');
  });

  it('leave out scripts, structured data, addresses and class names', () => {
    const page =
      '<a href="/x_y?z=%C3" class="a_b">Link</a><script type="application/ld+json">{"name":"§"}</script><script>let x = "¶"</script>';
    expect(shownTextOf(page)).toBe('Link');
  });

  it('include every letter, digit and punctuation of names and addresses a reader may type, even on an empty publication', () => {
    expect(charactersOf([], [])).toContain('@');
    expect(charactersOf([], [])).toContain('Q');
    expect(charactersOf([], [])).not.toContain('æ');
    expect(charactersOf(['<p>Ærø</p>'], [])).toContain('æ'.toUpperCase());
  });

  it('include the text a stylesheet generates, with its escapes resolved', () => {
    expect(generatedTextOf('q::before{content:"\\201C"}.x::after{content: \'›\'}')).toBe('“›');
    expect(charactersOf([], ['q::before{content:"\\201C"}'])).toContain('“');
  });
});

describe('a subset font', () => {
  it('has a glyph for every character asked for and none of the others', async () => {
    const points = codePointsOf(await truetype(await fontSubset(plexRegular, 'Hej æøå €')));
    expect(has(points, 'Hej æøå €')).toBe(true);
    expect(has(points, 'Ж')).toBe(false);
    expect(has(codePointsOf(await truetype(plexRegular)), 'Ж')).toBe(true);
  });

  it('is a WOFF2 font, far smaller than the whole font', async () => {
    const subset = await fontSubset(plexRegular, charactersOf(['<p>Databeskyttelse</p>'], []));
    expect(subset.toString('latin1', 0, 4)).toBe('wOF2');
    expect(subset.length).toBeLessThan(plexRegular.length / 4);
  });

  it('no longer bears the reserved name "Plex", and keeps IBM’s copyright notice', async () => {
    const names = namesOf(await truetype(await fontSubset(plexRegular, 'Hej')));
    expect(names.find((record) => record.nameId === 1)?.text).toBe(subsetFamily);
    expect(names.filter((record) => record.nameId !== 0 && record.text.includes('Plex'))).toEqual([]);
    expect(names.find((record) => record.nameId === 0)?.text).toContain('IBM Corp.');
  });
});
