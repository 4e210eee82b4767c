import { describe, expect, it } from 'vitest';

import {
  contentKinds,
  contentPath,
  folderOf,
  kindOfPath,
  translationPath,
} from '@/lib/content/content-files';

import { loadValidFixture } from '../../helpers';

describe('the content-file table', () => {
  it('names the path of each kind of file, and knows each path’s kind and slugs again', () => {
    const slugs = { authority: 'us', slug: 'video' };
    for (const kind of contentKinds) {
      const found = kindOfPath(contentPath(kind, slugs));
      expect(found?.kind).toBe(kind);
    }
    expect(contentPath('purpose', slugs)).toBe('purposes/us/video.md');
    expect(kindOfPath('purposes/us/video.md')).toEqual({ kind: 'purpose', slugs });
    expect(folderOf('purpose', slugs)).toBe('purposes/us');
    expect(translationPath('en', 'shared/emner.md')).toBe('translations/en/shared/emner.md');
  });

  it('knows no kind for a file that is no content file', () => {
    expect(kindOfPath('authorities/us/video.md')).toBeUndefined();
    expect(kindOfPath('shared/andet.md')).toBeUndefined();
    expect(kindOfPath('authorities/notes.txt')).toBeUndefined();
  });

  it('places every file the loader reads where the table says', () => {
    const content = loadValidFixture();
    const paths = [
      ...content.authorities.flatMap((authority) => [
        [authority.file, contentPath('authority', { slug: authority.slug })],
        ...authority.notices.map((notice) => [
          notice.file,
          contentPath('purpose', { authority: authority.slug, slug: notice.slug }),
        ]),
      ]),
      ...content.agreements.map((agreement) => [agreement.file, contentPath('agreement', agreement)]),
      [content.rights.file, contentPath('rights')],
      [content.complaint.file, contentPath('complaint')],
      [content.topics.file, contentPath('topics')],
    ];
    for (const [file, path] of paths) expect(file).toBe(`content/${path}`);
  });
});
