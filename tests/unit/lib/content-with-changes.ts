import type { ProcessingElement } from '@/lib/content/schema';

/** Three notices of two authorities with dated changes, shared by the change list, page date and Atom tests. */
type Change = { date: string; note: string; changed?: ProcessingElement[] };

const notice = (slug: string, changes: Change[], lastReviewed = '2026-01-01') => ({
  slug,
  title: `Formål ${slug}`,
  changes,
  lastReviewed,
});

export const contentWithChanges = {
  authorities: [
    {
      slug: 'a',
      name: 'Myndighed A',
      notices: [
        notice(
          'x',
          [
            { date: '2026-03-01', note: 'Retsgrundlag præciseret', changed: ['legalBasis'] },
            { date: '2026-01-10', note: 'Offentliggjort' },
          ],
          '2026-03-02',
        ),
        notice('y', [
          { date: '2026-03-01', note: 'Første' },
          { date: '2026-03-01', note: 'Anden samme dag' },
        ]),
      ],
    },
    {
      slug: 'b',
      name: 'Myndighed B & co',
      notices: [notice('z', [{ date: '2026-02-01', note: 'Modtagere <tilføjet>' }])],
    },
  ],
};
