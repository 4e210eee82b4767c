import { describe } from 'vitest';

import { itReportsEach, noticeFile, type BrokenFileCase } from '../../helpers';

const cases: Record<string, BrokenFileCase> = {
  'list lines without their "- " or number as warnings, but not an indented continuation line': {
    fixture: 'notice-list-item-without-dash.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 16 (advarsel): body (teksten under frontmatter): linjen "CPR-nummer" ser ud til at være et nyt punkt, men bliver en del af punktet over. Skriv "- " foran, eller ryk linjen 2 mellemrum ind, hvis den hører til punktet over`,
      `content/${noticeFile}, linje 23 (advarsel): body (teksten under frontmatter): linjen "Vent på svar." ser ud til at være et nyt punkt, men bliver en del af punktet over. Skriv "2. " foran, eller ryk linjen 3 mellemrum ind, hvis den hører til punktet over`,
    ],
  },
};

describe('list items merged by a missing "- "', () => {
  itReportsEach(cases);
});
