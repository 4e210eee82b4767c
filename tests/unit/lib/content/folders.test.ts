import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { itReportsEach, problemsAfter, type BrokenFileCase } from '../../helpers';

const cases: Record<string, BrokenFileCase> = {
  'a file name with capitals and an underscore': {
    fixture: 'valid-notice.md',
    target: 'purposes/testmyndighed/Video_Overvaagning.md',
    expected: [
      `content/purposes/testmyndighed/Video_Overvaagning.md: filnavnet: må kun indeholde små bogstaver a–z, cifre og bindestreger (skriv æ som ae, ø som oe og å som aa). Omdøb filen`,
    ],
  },
  'a file name with æ, ø or å': {
    fixture: 'valid-notice.md',
    target: 'purposes/testmyndighed/videoovervågning.md',
    expected: [
      'content/purposes/testmyndighed/videoovervågning.md: filnavnet: må kun indeholde små bogstaver a–z, cifre og bindestreger (skriv æ som ae, ø som oe og å som aa). Omdøb filen',
    ],
  },
  'a file that is not Markdown': {
    fixture: 'notes.txt',
    target: 'purposes/testmyndighed/notes.txt',
    expected: [
      `content/purposes/testmyndighed/notes.txt: er ikke en Markdown-fil. Indholdsfiler skal ende på .md; omdøb eller slet filen`,
    ],
  },
};

describe('the files of a content folder', () => {
  itReportsEach(cases);

  it.each(['.DS_Store', 'Thumbs.db', 'desktop.ini', 'videoovervaagning.md~', '.videoovervaagning.md.swp'])(
    'passes over %s, which an operating system or editor program leaves beside the content',
    (name) => {
      const problems = problemsAfter((root) => {
        for (const folder of ['', 'authorities', 'purposes', 'purposes/testmyndighed'])
          writeFileSync(path.join(root, folder, name), 'system file');
      });
      expect(problems).toEqual([]);
    },
  );
});
