import { describe } from 'vitest';

import { itReportsEach, noticeFile, type BrokenFileCase } from '../../helpers';

/** The YAML mistakes editors make, each told in Danish at the line where the editor must look. */
const cases: Record<string, BrokenFileCase> = {
  'a missing closing quote, at the line that opens it': {
    fixture: 'yaml-missing-closing-quote.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 2: anførselstegnet, der begynder på linjen, lukkes ikke. Sæt det samme tegn (" eller ') i slutningen af teksten, eller fjern det`,
    ],
  },
  'a field indented under a field that has a value': {
    fixture: 'yaml-indented-field.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 4: linjen er rykket mere ind end linjen over, som allerede har en værdi. Ryk "order" ud, så det står under de andre felter`,
    ],
  },
  'a field name without its colon': {
    fixture: 'yaml-missing-colon.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 6: der mangler et kolon efter feltnavnet. Skriv "purpose: At vise en fejl.", eller ryk linjen ind, hvis teksten fortsætter fra linjen over`,
    ],
  },
  'a value with a colon and a space inside': {
    fixture: 'yaml-colon-in-value.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 2: værdien indeholder et kolon efterfulgt af mellemrum, som læses som et nyt felt. Sæt hele værdien i anførselstegn: title: "Formål: at vise en fejl"`,
    ],
  },
  'an indentation made with a tab': {
    fixture: 'yaml-tab-indent.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 10: linjen er rykket ind med tabulator. Brug mellemrum til indrykning`,
    ],
  },
  'a field of a list item out of line with the item': {
    fixture: 'yaml-list-item-indent.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 10: linjen er rykket forkert ind i forhold til listepunktet over. Felter i samme punkt skal stå præcis under hinanden; et nyt punkt begynder med "- "`,
    ],
  },
  'frontmatter without its closing line': {
    fixture: 'yaml-frontmatter-not-closed.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 1: frontmatter lukkes ikke. Tilføj en linje med "---" efter det sidste felt, før teksten begynder`,
    ],
  },
};

describe('YAML mistakes', () => {
  itReportsEach(cases);
});
