import { describe, expect, it } from 'vitest';

import { ContentError, formatProblem } from '@/lib/content/errors';

describe('the content error', () => {
  it('words the error in Danish with a count and one line per problem', () => {
    const error = new ContentError([
      { file: 'content/a.md', field: 'title', message: 'feltet mangler. Tilføj det' },
      { file: 'content/b.md', field: '', message: 'filen er tom' },
    ]);
    expect(error.message).toBe(
      'Indholdet har 2 fejl:\n- content/a.md: title (titel): feltet mangler. Tilføj det\n- content/b.md: filen er tom',
    );
  });

  it('counts only errors, not warnings, while listing both with the warnings marked', () => {
    const error = new ContentError([
      { file: 'content/a.md', line: 4, field: 'legalBases[0].article', message: 'er forkert' },
      { file: 'content/a.md', line: 20, field: 'body', message: 'ligner et listepunkt', warning: true },
    ]);
    expect(error.message).toBe(
      'Indholdet har 1 fejl:\n- content/a.md, linje 4: legalBases (retsgrundlag), punkt 1, article (artikel): er forkert\n- content/a.md, linje 20 (advarsel): body (teksten under frontmatter): ligner et listepunkt',
    );
  });
});

describe('a problem in one line', () => {
  it('names the file, the line, the field as written and in Danish, and the message', () => {
    expect(
      formatProblem({ file: 'content/x.md', line: 12, field: 'retention.period', message: 'feltet er tomt' }),
    ).toBe('content/x.md, linje 12: retention (opbevaring), period (periode): feltet er tomt');
  });
});
