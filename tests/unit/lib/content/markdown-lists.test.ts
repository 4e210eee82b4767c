import { describe } from 'vitest';

import { itReportsEach, purposeFile, type BrokenFileCase } from '../../helpers';

const cases: Record<string, BrokenFileCase> = {
  'list lines without their "- " or number as warnings, but not an indented continuation line': {
    fixture: 'purpose-list-item-without-dash.md',
    target: purposeFile,
    expected: [
      `content/${purposeFile}, linje 16 (advarsel): body (teksten under frontmatter): linjen "CPR-nummer" ser ud til at være et nyt punkt, men bliver en del af punktet over. Skriv "- " foran, eller ryk linjen 2 mellemrum ind, hvis den hører til punktet over`,
      `content/${purposeFile}, linje 23 (advarsel): body (teksten under frontmatter): linjen "Vent på svar." ser ud til at være et nyt punkt, men bliver en del af punktet over. Skriv "2. " foran, eller ryk linjen 3 mellemrum ind, hvis den hører til punktet over`,
    ],
  },
};

describe('list items merged by a missing "- "', () => {
  itReportsEach(cases);
});
