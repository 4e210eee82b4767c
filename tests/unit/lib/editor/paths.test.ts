import { describe, expect, it } from 'vitest';

import { contentFileOf, editorContentFolder, labelOf, noticeOfFile } from '@/lib/editor/paths';

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

  it('name a notice by its authority and slug', () => {
    expect(noticeOfFile('purposes/udlaendingestyrelsen/ophold.md')).toEqual({
      authority: 'udlaendingestyrelsen',
      notice: 'ophold',
    });
    expect(noticeOfFile('authorities/udlaendingestyrelsen.md')).toBeUndefined();
  });
});
