import { describe, expect, it } from 'vitest';

import { htmlErrors } from '../../../../scripts/lib/html-check';

describe('the HTML check’s report', () => {
  const root = '/srv/out';

  it('names the file, line and column of each error, with the markup around it', () => {
    const errors = htmlErrors(
      [
        {
          type: 'error',
          url: 'file:/srv/out/data-om-behandlinger.html',
          lastLine: 1,
          firstColumn: 5371,
          message: 'Duplicate ID “indhold”.',
          extract: '</li></ul><h2 id="indhold">Hvad\n d',
        },
        {
          type: 'error',
          url: 'file:/srv/out/a/b.html',
          firstLine: 3,
          lastLine: 4,
          message: 'Stray end tag “div”.',
        },
      ],
      root,
    );
    expect(errors).toEqual([
      'data-om-behandlinger.html:1:5371: Duplicate ID “indhold”.\n    </li></ul><h2 id="indhold">Hvad d',
      'a/b.html:3:1: Stray end tag “div”.',
    ]);
  });

  it('reports a file the checker could not read, and leaves out information', () => {
    const errors = htmlErrors(
      [
        { type: 'non-document-error', url: 'file:/srv/out/x.html', message: 'File not found.' },
        {
          type: 'info',
          url: 'file:/srv/out/y.html',
          lastLine: 1,
          message: 'Trailing slash on void elements.',
        },
      ],
      root,
    );
    expect(errors).toEqual(['x.html: File not found.']);
  });
});
