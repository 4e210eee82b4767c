import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkAgainstPublished, checkContent } from '@/lib/content/check';
import { CheckCache } from '@/lib/content/check-cache';
import { contentFiles, contentPath, translationPath } from '@/lib/content/content-files';
import { ContentFolder, type UnsavedFile } from '@/lib/content/content-folder';

import { inCopyOfValidContent, projectRoot } from '../../helpers';

const realRoot = path.join(projectRoot, 'content');
const realFolder = new ContentFolder(realRoot);

/**
 * A notice of the real content with what each draft below changes: an English translation, a topic, a
 * recipient and a review date. Found, not named, so the test holds whichever notices the content has.
 */
const notice = realFolder.filesUnder(contentFiles.purpose.folder).find((file) => {
  const text = realFolder.text(file) ?? '';
  return (
    realFolder.exists(translationPath('en', file)) &&
    /^topic: /m.test(text) &&
    /^recipients:\n {2}- name: /m.test(text) &&
    /^lastReviewed: /m.test(text)
  );
})!;
const noticeText = realFolder.text(notice)!;
const topic = /^topic: (.+)$/m.exec(noticeText)![1]!;
const topicsFile = contentPath('topics');

/** Each kind of draft the web editor checks, and a problem it must bring, so the comparison is not of nothing. */
const drafts: { kind: string; draft: UnsavedFile; brings: { file: string; field: string } }[] = [
  {
    kind: 'a schema error',
    draft: { file: notice, text: noticeText.replace(/^lastReviewed: .*$/m, 'lastReviewed: 31-02-2026') },
    brings: { file: notice, field: 'lastReviewed' },
  },
  {
    kind: 'a heading in the body',
    draft: { file: notice, text: `${noticeText}\n# Overskrift\n` },
    brings: { file: notice, field: 'body' },
  },
  {
    kind: 'a legal change without its change note',
    draft: {
      file: notice,
      text: noticeText.replace(/^recipients:\n/m, 'recipients:\n  - name: En ny modtager\n'),
    },
    brings: { file: notice, field: 'changes' },
  },
  {
    kind: 'a Danish change that puts its translation out of date',
    draft: { file: notice, text: noticeText.replace(/^title: (.*)$/m, 'title: $1 (ændret)') },
    brings: { file: translationPath('en', notice), field: 'title' },
  },
  {
    kind: 'a removed topic that other files name',
    draft: {
      file: topicsFile,
      text: realFolder.text(topicsFile)!.replace(`- id: ${topic}\n`, `- id: ${topic}-omdoebt\n`),
    },
    brings: { file: notice, field: 'topic' },
  },
];

/** The real content checked against its last commit, with the drafts read as if saved: the site and its problems. */
const check = (unsaved: UnsavedFile[], cache?: CheckCache) =>
  checkAgainstPublished(realRoot, 'content', { unsaved, publishedRef: 'HEAD', cache });

describe('the content check with a cache of earlier checks', () => {
  const cache = new CheckCache();
  const unchanged = check([]);

  it('finds for the content unchanged what the check without a cache finds', () => {
    expect(check([], cache)).toEqual(unchanged);
  });

  it.each(drafts)('finds for $kind what the check without a cache finds', ({ draft, brings }) => {
    const found = check([draft], cache);
    expect(found).toEqual(check([draft]));
    expect(found.problems).toContainEqual(
      expect.objectContaining({ file: `content/${brings.file}`, field: brings.field }),
    );
    // The draft leaves nothing behind: the content as it is checks as before.
    expect(check([], cache)).toEqual(unchanged);
  });

  it('reads a file changed on disk since the last check, however soon after', () => {
    inCopyOfValidContent((root) => {
      const options = { today: '2026-11-28', cache: new CheckCache() };
      const before = checkContent(root, 'content', options);
      const file = path.join(root, 'purposes/testmyndighed/videoovervaagning.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title:'));
      const after = checkContent(root, 'content', options);
      expect(after.problems).not.toEqual(before.problems);
      expect(after).toEqual(checkContent(root, 'content', { today: '2026-11-28' }));
    });
  });
});
