import { describe, expect, it } from 'vitest';

import { readDraft, storeDraft } from '@/lib/editor/drafts';

describe('the web editor’s drafts', () => {
  const draft = { file: 'purposes/testmyndighed/ny.md', text: '---\ntitle: Ny\n---\n' };

  it('are read back by the token they are stored under, the same draft under the same token', () => {
    const token = storeDraft(draft);
    expect(readDraft(token)).toEqual(draft);
    expect(storeDraft({ ...draft })).toBe(token);
    expect(storeDraft({ ...draft, text: `${draft.text}Tekst.\n` })).not.toBe(token);
  });

  it('are never read from a token that could name another file', () => {
    for (const token of ['../../etc/passwd', '', 'ABCDEF0123456789ABCD', '0'.repeat(21)])
      expect([token, readDraft(token)]).toEqual([token, undefined]);
  });
});
