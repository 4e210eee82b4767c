import { describe, expect, it } from 'vitest';

import { nearby } from '@/lib/nearby';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('nearby', () => {
  it('keeps a list no longer than the size whole', () => {
    expect(nearby(letters, 3, 7)).toEqual(letters);
  });

  it('centres the window on the item', () => {
    expect(nearby(letters, 3, 3)).toEqual(['c', 'd', 'e']);
  });

  it('keeps the full size at either end', () => {
    expect(nearby(letters, 0, 3)).toEqual(['a', 'b', 'c']);
    expect(nearby(letters, 6, 3)).toEqual(['e', 'f', 'g']);
  });
});
