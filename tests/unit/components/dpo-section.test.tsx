import { describe, expect, it } from 'vitest';

import { dpoTitle } from '@/components/authority-page-sections';
import { DpoSection } from '@/components/dpo-section';
import { authoritySectionIds } from '@/lib/section-ids';
import type { Authority } from '@/lib/site-content';

import { authorityWith } from './examples';
import { readerView } from './reader-view';

const dpoSectionOf = (authority: Authority) =>
  readerView(
    <DpoSection
      heading={{ id: authoritySectionIds.dpo, title: dpoTitle(authority) }}
      level={2}
      authority={authority}
    />,
  );

describe('the DPO section', () => {
  it('gives the DPO’s channels', () => {
    const view = dpoSectionOf(authorityWith());
    expect(view.headings).toEqual(['Testmyndighedens databeskyttelsesrådgiver (DPO)']);
    expect(view.links).toEqual([{ text: 'dpo@test.example', href: 'mailto:dpo@test.example' }]);
  });

  it('says the contact is not published, with the authority’s reason, and where to look instead', () => {
    const view = dpoSectionOf(
      authorityWith({
        dpoContact: undefined,
        knownGaps: [{ element: 'dpoContact', reason: 'Kontaktoplysningerne er ikke fundet.' }],
      }),
    );
    expect(view.text).toContain(
      'Ikke offentliggjort: Kontaktoplysningerne er ikke fundet. Find Testmyndighedens kontaktoplysninger på test.example.',
    );
    expect(view.links).toEqual([{ text: 'test.example', href: 'https://www.test.example' }]);
  });
});
