import { describe, expect, it } from 'vitest';

import { ProblemPanel } from '@/components/preview/problem-panel';

import { readerView } from './reader-view';

const brokenDate = {
  file: 'content/purposes/testmyndighed/brudt.md',
  line: 7,
  field: 'lastReviewed',
  message: 'skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-28',
};

describe('the problem panel', () => {
  it('stands for the page under its own h1, saying why the page is not shown', () => {
    expect(readerView(<ProblemPanel problems={[brokenDate]} />).headings).toEqual([
      'Siden kan ikke vises, fordi indholdet har fejl',
    ]);
  });

  it('names each error’s file and line, the field in Danish words and what to do', () => {
    expect(readerView(<ProblemPanel problems={[brokenDate]} />).listItems).toEqual([
      'content/purposes/testmyndighed/brudt.md, linje 7: lastReviewed (sidst gennemgået): skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-28',
    ]);
  });

  it('leaves out the line and the field where a problem concerns the whole file', () => {
    const view = readerView(
      <ProblemPanel problems={[{ file: 'content/a.md', field: '', message: 'filen er tom' }]} />,
    );
    expect(view.listItems).toEqual(['content/a.md: filen er tom']);
  });

  it('says what to do in the number of errors and files there are, and how to see them all', () => {
    const other = { file: 'content/shared/emner.md', field: '', message: 'filen er tom' };
    const { text } = readerView(<ProblemPanel problems={[brokenDate, other]} />);
    expect(text).toContain('Ret de 2 fejl herunder, gem filerne, og genindlæs siden.');
    expect(text).toContain('Kør npm run check:content for at se alle problemer i indholdet på én gang.');
  });
});
