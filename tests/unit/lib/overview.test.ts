import { describe, expect, it } from 'vitest';

import type { Content } from '@/lib/content/types';
import { noticesAtoZ } from '@/lib/overview';

const authority = (name: string, titles: string[]) =>
  ({
    name,
    notices: titles.map((title) => ({ title, slug: title, authority: name })),
  }) as unknown as Content['authorities'][number];

describe('the A–Z index of notices', () => {
  it('sorts in Danish order (Æ, Ø, Å after Z) and groups by first letter', () => {
    const groups = noticesAtoZ({
      authorities: [
        authority('B', ['Åbenhed', 'Zoner', 'aktindsigt']),
        authority('A', ['Økonomi', 'Aktindsigt']),
      ],
    });
    expect(
      groups.map((group) => [
        group.letter,
        group.entries.map((entry) => `${entry.notice.title}/${entry.authorityName}`),
      ]),
    ).toEqual([
      ['A', ['Aktindsigt/A', 'aktindsigt/B']],
      ['Z', ['Zoner/B']],
      ['Ø', ['Økonomi/A']],
      ['Å', ['Åbenhed/B']],
    ]);
  });
});
