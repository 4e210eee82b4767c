import { describe } from 'vitest';

import { authorityFile, itReportsEach, noticeFile, type BrokenFileCase } from '../../helpers';

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
  'one stray space before the first field, at its own line': {
    fixture: 'yaml-stray-space-first-line.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 2: linjen er rykket 1 mellemrum ind, men felter og listepunkter rykkes ind i trin af to mellemrum. Fjern eller tilføj et mellemrum foran linjen, så den står præcis under linjerne på samme niveau`,
    ],
  },
  'one stray space before a group of fields, at its own line rather than where YAML gives up': {
    fixture: 'yaml-stray-space-in-group.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 10: linjen er rykket 3 mellemrum ind, men felter og listepunkter rykkes ind i trin af to mellemrum. Fjern eller tilføj et mellemrum foran linjen, så den står præcis under linjerne på samme niveau`,
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

/** A list item written without its "- ", at each indentation, told at its own line with the fix. */
const listCases: Record<string, BrokenFileCase> = {
  'further in than the dash: merged by YAML, a warning where the line reads as an item, an error where it begins with "- "':
    {
      fixture: 'yaml-list-item-merged.md',
      target: noticeFile,
      expected: [
        `content/${noticeFile}, linje 9 (advarsel): linjen "Medarbejdere i andre myndigheder" ser ud til at være et nyt punkt, men bliver en del af punktet over. Skriv "- " foran, hvis det er et nyt punkt: "  - Medarbejdere i andre myndigheder". Hører teksten til punktet over, så skriv den i forlængelse af punktets tekst`,
        `content/${noticeFile}, linje 14: linjen "- integrationsloven" bliver en del af punktet over, fordi "-" står længere inde end punktets "-". Ryk linjen ud, så "-" står præcis under "-" i punktet over`,
      ],
    },
  'at the dash’s own indentation, without advice to indent it further': {
    fixture: 'yaml-list-item-at-dash.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 9: linjen står under et listepunkt uden "- " foran og uden et feltnavn. Skriv "- " foran, hvis det er et nyt punkt: "  - Medarbejdere i andre myndigheder". Hører teksten til punktet over, så skriv den i forlængelse af punktets tekst`,
    ],
  },
  'not indented at all, where it may also be a field without its colon': {
    fixture: 'yaml-list-item-unindented.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 9: linjen står under et listepunkt uden "- " foran og uden et feltnavn. Skriv "- " foran, hvis det er et nyt punkt: "  - Medarbejdere i andre myndigheder". Hører teksten til punktet over, så skriv den i forlængelse af punktets tekst; er det et felt, så skriv kolon efter feltnavnet`,
    ],
  },
  'under the fields of an item, with the field to begin the new item with': {
    fixture: 'yaml-list-item-at-field.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 9: linjen står under et listepunkt uden "- " foran og uden et feltnavn. Skriv "- " foran, hvis det er et nyt punkt: "  - name: Kommunen". Hører teksten til punktet over, så skriv den i forlængelse af punktets tekst`,
    ],
  },
};

describe('YAML mistakes', () => {
  itReportsEach(cases);
});

describe('list items without "- " in frontmatter', () => {
  itReportsEach(listCases);
});
