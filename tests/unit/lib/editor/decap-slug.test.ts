import { describe, expect, it } from 'vitest';

import { decapSlugOf } from '@/lib/editor/decap-slug';

describe('the file name of a new entry', () => {
  it.each([
    ['Parkering', 'parkering'],
    ['Parkering på Ærø', 'parkering-pa-aero'],
    ['Kontrol af ID-kort (grænsen)', 'kontrol-af-id-kort-graensen'],
    ['  Brug af  sociale medier. ', 'brug-af-sociale-medier'],
    ['Borgerens sag', 'borgerens-sag'],
  ])('"%s" is saved as %s.md, as Decap names it', (title, slug) => {
    expect(decapSlugOf(title)).toBe(slug);
  });
});
