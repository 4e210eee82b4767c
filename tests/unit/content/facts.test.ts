import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { publishedVersionOf } from '@/lib/content/published-version';
import { parseContentSource } from '@/lib/content/read-file';
import { noticeElements, noticeSchema, type NoticeData } from '@/lib/content/schema';
import type { Notice } from '@/lib/content/types';
import { noticeElementState } from '@/lib/gdpr/completeness';

import { loadRealContent, loadValidFixture, projectRoot } from '../helpers';

const statedElements = (notice: NoticeData) =>
  noticeElements.filter((element) => noticeElementState(notice, element).kind === 'stated').length;

/**
 * The notices that state fewer elements than their text in `published` does (the published version, as
 * the change-note check reads it); a new notice, or one not valid there, has nothing to compare with.
 */
function noticesThatLostElements(
  notices: readonly Notice[],
  published: (file: string, absolutePath: string) => string | undefined,
): string[] {
  return notices.flatMap((notice) => {
    const source = published(notice.file, notice.absolutePath);
    const parsed = source === undefined ? undefined : parseContentSource(source, notice.file);
    const before = parsed?.ok ? noticeSchema.safeParse(parsed.data) : undefined;
    if (!before?.success) return [];
    const [was, is] = [statedElements(before.data), statedElements(notice)];
    return is < was ? [`${notice.file}: states ${is} elements, the published version ${was}`] : [];
  });
}

// Content only grows deeper: an edit may add notices, facts and authorities, but a notice that states less
// than it did when published has lost a fact. Counts of today's content are not pinned.
describe('the depth of the content', () => {
  it('finds a notice that states fewer elements than its published version', () => {
    const notices = loadValidFixture().authorities.flatMap((authority) => authority.notices);
    const edited = notices.map((notice) =>
      notice.slug === 'videoovervaagning' ? { ...notice, recipients: undefined } : notice,
    );
    const onDisk = (_file: string, absolutePath: string) => readFileSync(absolutePath, 'utf8');
    expect(noticesThatLostElements(notices, onDisk)).toEqual([]);
    expect(noticesThatLostElements(edited, onDisk)).toEqual([
      'content/purposes/testmyndighed/videoovervaagning.md: states 9 elements, the published version 10',
    ]);
  });

  const published = publishedVersionOf(path.join(projectRoot, 'content'));
  it.runIf(published.read)('states in every notice of content/ no fewer elements than published', () => {
    const notices = loadRealContent().authorities.flatMap((authority) => authority.notices);
    expect(
      noticesThatLostElements(notices, published.read!),
      `a notice lost a fact. ${published.description}`,
    ).toEqual([]);
  });
});
