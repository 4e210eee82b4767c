import { describe, expect, it } from 'vitest';

import { ContentError } from '@/lib/content/errors';

describe('the content error', () => {
  it('words the error with a count and one line per problem', () => {
    const error = new ContentError([
      { file: 'content/a.md', field: 'title', message: 'is required' },
      { file: 'content/b.md', field: '', message: 'is empty' },
    ]);
    expect(error.message).toBe(
      'The content has 2 problems:\n- content/a.md: title: is required\n- content/b.md: is empty',
    );
  });
});
