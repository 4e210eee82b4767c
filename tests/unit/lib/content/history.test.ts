import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkChangeHistory } from '@/lib/content/history';

import { inTemporaryFolder } from '../../helpers';

const committed = `---
title: Video
retention:
  period: 30 dage
changes:
  - date: 2026-01-01
    note: Offentliggjort.
---
`;

/** Checks a notice whose current text is `current` against the committed text above. */
function check(current: string, previous: string | undefined = committed) {
  return inTemporaryFolder((folder) => {
    const absolutePath = path.join(folder, 'video.md');
    writeFileSync(absolutePath, current);
    return checkChangeHistory([{ file: 'content/purposes/us/video.md', absolutePath }], () => previous);
  });
}

describe('the change history check', () => {
  it('passes an unchanged notice', () => {
    expect(check(committed)).toEqual([]);
  });

  it('fails when a legal field changed without a new change entry', () => {
    expect(check(committed.replace('30 dage', '60 dage'))).toEqual([
      {
        file: 'content/purposes/us/video.md',
        field: 'changes',
        message:
          'retention changed since the last commit; add an entry to changes with the date and what changed',
      },
    ]);
  });

  it('passes a legal change that comes with a new change entry', () => {
    const changed = committed
      .replace('30 dage', '60 dage')
      .replace('changes:\n', 'changes:\n  - date: 2026-11-23\n    note: Opbevaringen er forlænget.\n');
    expect(check(changed)).toEqual([]);
  });

  it('ignores changes to fields that are not legal, such as the title', () => {
    expect(check(committed.replace('title: Video', 'title: Videoovervågning'))).toEqual([]);
  });

  it('ignores a notice that is not committed yet', () => {
    expect(check(committed, undefined)).toEqual([]);
  });
});
