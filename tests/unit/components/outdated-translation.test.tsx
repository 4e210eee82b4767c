import { describe, expect, it } from 'vitest';

import { DraftStatus } from '@/components/editor/draft-status';

import { readerView } from './reader-view';

const title = { label: 'Titel', danish: ['Videoovervågning'], translated: ['Video surveillance'] };
const categories = {
  label: 'Kategorier af oplysninger',
  danish: ['Billeder af personer.', 'Nummerplader.'],
  translated: [],
};

describe('a translation’s draft status', () => {
  it('shows each out-of-date field by its label, the Danish text now beside the translation, and what to do', () => {
    const view = readerView(<DraftStatus problems={[]} failed={false} outdated={[title, categories]} />);
    expect(view.headings).toEqual([
      'Kladdens status',
      '2 felter er ændret på dansk, siden de blev oversat',
      'Titel',
      'Kategorier af oplysninger',
    ]);
    expect(view.text).toContain(
      'Siden viser den danske tekst i felterne, indtil oversættelsen er rettet. Ret oversættelsen efter den danske tekst, og gem med »Publicer nu«: et felt, du har rettet, er derefter markeret som gennemset.',
    );
    expect(view.terms).toEqual([
      'Dansk nu: Videoovervågning',
      'Oversættelsen siger: Video surveillance',
      'Dansk nu: Billeder af personer. Nummerplader.',
      'Oversættelsen siger: Intet endnu.',
    ]);
    expect(view.listItems).toEqual(['Billeder af personer.', 'Nummerplader.']);
    // The fields are told, so the draft is not said to be without anything to see to.
    expect(view.text).not.toContain('Ingen fejl og ingen advarsler');
  });

  it('tells one out-of-date field in the singular', () => {
    const { headings, text } = readerView(<DraftStatus problems={[]} failed={false} outdated={[title]} />);
    expect(headings[1]).toBe('1 felt er ændret på dansk, siden det blev oversat');
    expect(text).toContain('Siden viser den danske tekst i feltet, indtil oversættelsen er rettet.');
  });

  it('shows no fields while the draft is checked', () => {
    const { text } = readerView(<DraftStatus failed={false} outdated={[title]} />);
    expect(text).toBe('Kladdens status Kladden kontrolleres …');
  });
});
