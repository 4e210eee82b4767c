import { describe, expect, it } from 'vitest';

import { outdatedFields } from '@/lib/editor/outdated-fields';

const danish = `---
title: Videoovervågning
dataCategories:
  - kind: ordinary
    description: Billeder af personer.
  - kind: ordinary
    description: Nummerplader.
order: 1
---
Vi gemmer optagelserne i 14 dage.
`;

const translation = `---
title: Video surveillance
dataCategories:
  - description: Images of people.
  - {}
---
We keep the recordings for 30 days.
`;

describe('the out-of-date fields of a translation in the web editor', () => {
  it('names each field by its label, with the Danish text now and what the translation says', () => {
    expect(
      outdatedFields('purposes/testmyndighed/video.md', { danish, translation }, [
        'title',
        'dataCategories',
        'body',
      ]),
    ).toEqual([
      { label: 'Titel', danish: ['Videoovervågning'], translated: ['Video surveillance'] },
      {
        label: 'Kategorier af oplysninger',
        danish: ['Billeder af personer.', 'Nummerplader.'],
        translated: ['Images of people.'],
      },
      {
        label: 'Brødtekst',
        danish: ['Vi gemmer optagelserne i 14 dage.'],
        translated: ['We keep the recordings for 30 days.'],
      },
    ]);
  });

  it('says nothing for a file that has no translation schema', () => {
    expect(outdatedFields('shared/findes-ikke.md', { danish, translation }, ['title'])).toEqual([]);
  });
});
