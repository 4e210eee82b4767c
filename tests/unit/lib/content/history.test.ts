import { describe, expect, it } from 'vitest';

import { checkChangeHistory, publishedNotice } from '@/lib/content/history';
import { parseContentSource } from '@/lib/content/read-file';
import type { NoticeData } from '@/lib/content/schema';

const published = `---
title: Video
retention:
  period: 30 dage
changes:
  - date: 2026-01-01
    note: Offentliggjort.
---
`;

/** Checks a notice whose current text is `current` against the published text above. */
function check(current: string, previous: string | undefined = published) {
  const file = 'content/purposes/us/video.md';
  const parsed = parseContentSource(current, file);
  const data = parsed.ok ? (parsed.data as Partial<NoticeData>) : {};
  return checkChangeHistory([{ ...data, file, absolutePath: `/${file}` }], (notice) =>
    publishedNotice(notice, () => previous),
  );
}

describe('the change history check', () => {
  it('passes an unchanged notice', () => {
    expect(check(published)).toEqual([]);
  });

  it('fails when a legal field changed without a new change entry', () => {
    expect(check(published.replace('30 dage', '60 dage'))).toEqual([
      {
        file: 'content/purposes/us/video.md',
        field: 'changes',
        message:
          'retention (opbevaring) er ændret i forhold til den offentliggjorte version; tilføj et punkt under changes med dagens dato og en kort note om, hvad der er ændret',
      },
    ]);
  });

  it('passes a legal change that comes with a new change entry', () => {
    const changed = published
      .replace('30 dage', '60 dage')
      .replace('changes:\n', 'changes:\n  - date: 2026-11-23\n    note: Opbevaringen er forlænget.\n');
    expect(check(changed)).toEqual([]);
  });

  it('ignores changes to fields that are not legal, such as the title', () => {
    expect(check(published.replace('title: Video', 'title: Videoovervågning'))).toEqual([]);
  });

  it('names every changed legal field, in Danish', () => {
    const changed = published
      .replace('30 dage', '60 dage')
      .replace('title: Video\n', 'title: Video\nsources:\n  - kind: dataSubject\n    description: Dig.\n')
      .replace('changes:', 'recipients: []\nchanges:');
    expect(check(changed).map((problem) => problem.message)).toEqual([
      'sources (kilder), recipients (modtagere) og retention (opbevaring) er ændret i forhold til den offentliggjorte version; tilføj et punkt under changes med dagens dato og en kort note om, hvad der er ændret',
    ]);
  });

  it('ignores a notice that is not published yet', () => {
    expect(check(published, undefined)).toEqual([]);
  });
});
