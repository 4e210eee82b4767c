import { rmSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { type BrokenFileCase, problemsAfter, itReportsEach, purposeFile } from '../../helpers';

const cases: Record<string, BrokenFileCase> = {
  'broken YAML, with the line': {
    fixture: 'yaml-syntax-error.md',
    target: purposeFile,
    expected: [
      `content/${purposeFile}: line 4: the frontmatter is not valid YAML (missed comma between flow collection entries)`,
    ],
  },
  'a field given twice': {
    fixture: 'yaml-duplicate-key.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: line 8: the frontmatter is not valid YAML (duplicated mapping key)`],
  },
  'an empty file': {
    fixture: 'empty.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: is empty; it needs frontmatter between two "---" lines`],
  },
  'a file that is not UTF-8': {
    fixture: 'not-utf8.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: is not UTF-8 text; save it with the encoding UTF-8`],
  },
  'a file without frontmatter': {
    fixture: 'no-frontmatter.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: has no frontmatter; the file must start with a "---" line`],
  },
};

describe('reading a content file', () => {
  itReportsEach(cases);

  it('reports a missing shared text', () => {
    const problems = problemsAfter((root) => rmSync(path.join(root, 'shared/klage-til-datatilsynet.md')));
    expect(problems).toEqual([
      'content/shared/klage-til-datatilsynet.md: is missing; the site cannot be built without it',
    ]);
  });
});
