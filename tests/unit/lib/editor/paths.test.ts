import { describe, expect, it } from 'vitest';

import { noticeSchema } from '@/lib/content/schema';
import { noticeTranslationSchema } from '@/lib/content/translation-schema';
import { contentFileOf, draftPageOf, editorContentFolder, labelOf, schemaOfFile } from '@/lib/editor/paths';

describe('the files the web editor names', () => {
  it('are the content folder’s files, named from the folder that holds it', () => {
    expect(editorContentFolder()).toBe('content');
    expect(contentFileOf('content/purposes/udlaendingestyrelsen/ophold.md')).toBe(
      'purposes/udlaendingestyrelsen/ophold.md',
    );
    expect(labelOf('purposes/udlaendingestyrelsen/ophold.md')).toBe(
      'content/purposes/udlaendingestyrelsen/ophold.md',
    );
  });

  it('are never a file outside the content folder, nor anything but Markdown', () => {
    for (const outside of [
      'package.json',
      'content/../package.json',
      '../content/a.md',
      'content',
      'content/a.txt',
    ])
      expect([outside, contentFileOf(outside)]).toEqual([outside, undefined]);
  });

  it('show a draft of a notice or an authority on its page, a translation’s in its language', () => {
    expect(draftPageOf('purposes/udlaendingestyrelsen/ophold.md')).toEqual({
      language: 'da',
      authority: 'udlaendingestyrelsen',
      notice: 'ophold',
    });
    expect(draftPageOf('translations/en/purposes/udlaendingestyrelsen/ophold.md')).toEqual({
      language: 'en',
      authority: 'udlaendingestyrelsen',
      notice: 'ophold',
    });
    expect(draftPageOf('authorities/udlaendingestyrelsen.md')).toEqual({
      language: 'da',
      authority: 'udlaendingestyrelsen',
    });
    expect(draftPageOf('rights.md')).toBeUndefined();
  });

  it('are each read by its kind’s schema, a translation by its kind’s translation schema', () => {
    expect(schemaOfFile('purposes/udlaendingestyrelsen/ophold.md')).toBe(noticeSchema);
    expect(schemaOfFile('translations/en/purposes/udlaendingestyrelsen/ophold.md')).toBe(
      noticeTranslationSchema,
    );
    expect(schemaOfFile('README.md')).toBeUndefined();
  });
});
