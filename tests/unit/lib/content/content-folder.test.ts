import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ContentFolder } from '@/lib/content/content-folder';
import { readContent } from '@/lib/content/load';

import { inCopyOfValidContent } from '../../helpers';

const video = 'purposes/testmyndighed/videoovervaagning.md';
const newNotice = 'purposes/ny-myndighed/ny.md';

/** Every file and folder under `root`, with each file's text: to show that reading left the disk as it was. */
const snapshot = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return `${path.relative(root, file)}: ${entry.isFile() ? readFileSync(file, 'utf8') : 'folder'}`;
    })
    .sort();

describe('a content folder with unsaved files', () => {
  it('reads an unsaved file in place of the written one, and a new one in a new folder', () => {
    inCopyOfValidContent((root) => {
      const folder = new ContentFolder(root, 'content', [
        { file: video, text: 'nyt indhold' },
        { file: newNotice, text: 'ny meddelelse' },
      ]);
      expect(folder.text(video)).toBe('nyt indhold');
      expect(folder.entries('purposes')).toEqual(['ny-myndighed', 'testmyndighed']);
      expect(folder.isFolder('purposes/ny-myndighed')).toBe(true);
      expect(folder.filesUnder('purposes/ny-myndighed')).toEqual([newNotice]);
      expect(folder.labelOf(newNotice)).toBe('content/purposes/ny-myndighed/ny.md');
    });
  });

  it('reads the content as it would be, without touching the disk', () => {
    inCopyOfValidContent((root) => {
      const before = snapshot(root);
      const broken = readFileSync(path.join(root, video), 'utf8').replace(/^title: .*$/m, 'title: ""');
      const { problems } = readContent(root, 'content', { unsaved: [{ file: video, text: broken }] });
      expect(problems.map((problem) => `${problem.file}: ${problem.field}`)).toContain(
        'content/purposes/testmyndighed/videoovervaagning.md: title',
      );
      expect(snapshot(root)).toEqual(before);
      expect(readContent(root).problems.filter((problem) => problem.field === 'title')).toEqual([]);
    });
  });

  it('passes over the files an operating system or editor program leaves, unsaved or written', () => {
    inCopyOfValidContent((root) => {
      writeFileSync(path.join(root, 'purposes/testmyndighed/.DS_Store'), 'system file');
      const folder = new ContentFolder(root, 'content', [
        { file: 'purposes/testmyndighed/videoovervaagning.md~', text: 'backup' },
      ]);
      expect(folder.entries('purposes/testmyndighed').filter((name) => !name.endsWith('.md'))).toEqual([]);
    });
  });
});
