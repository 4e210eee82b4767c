import { rmSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { itReportsEach, noticeFile, problemsAfter, type BrokenFileCase } from '../../helpers';

const cases: Record<string, BrokenFileCase> = {
  'broken YAML, with the line': {
    fixture: 'yaml-syntax-error.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 3: [ på linjen lukkes ikke med ]. Tilføj ] sidst på linjen, eller skriv listen med ét punkt pr. linje og "- " foran`,
    ],
  },
  'a field given twice': {
    fixture: 'yaml-duplicate-key.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 8: feltet "title" står allerede længere oppe. Hvert felt må kun stå én gang; slet det ene, eller ret navnet`,
    ],
  },
  'an empty file': {
    fixture: 'empty.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}: filen er tom. Den skal begynde med frontmatter mellem to linjer med "---"`,
    ],
  },
  'a file that is not UTF-8': {
    fixture: 'not-utf8.md',
    target: noticeFile,
    expected: [`content/${noticeFile}: filen er ikke gemt som UTF-8. Gem den igen med tegnkodningen UTF-8`],
  },
  'a file without frontmatter': {
    fixture: 'no-frontmatter.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 1: filen skal begynde med en linje med "---" (frontmatter). Tilføj den øverst`,
    ],
  },
};

describe('reading a content file', () => {
  itReportsEach(cases);

  it('reports a missing shared text', () => {
    const problems = problemsAfter((root) => rmSync(path.join(root, 'shared/klage-til-datatilsynet.md')));
    expect(problems).toEqual([
      'content/shared/klage-til-datatilsynet.md: filen mangler. Siden kan ikke bygges uden den; læg den tilbage',
    ]);
  });
});
