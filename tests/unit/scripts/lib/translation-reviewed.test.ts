import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { formatProblem } from '@/lib/content/errors';
import { readContent } from '@/lib/content/load';

import { translationReviewedCommand } from '../../../../scripts/lib/translation-reviewed';
import { commandFolderOf, inCopyOfValidContent } from '../../helpers';

const notice = 'purposes/testmyndighed/videoovervaagning.md';
const translation = `translations/en/${notice}`;

const reviewed = (root: string, ...args: string[]) => translationReviewedCommand(args, commandFolderOf(root));

/** Replaces `text` with `by` in the file at `target` inside the content folder `root`. */
function edit(root: string, target: string, text: string, by: string) {
  const file = path.join(root, target);
  writeFileSync(file, readFileSync(file, 'utf8').replace(text, by));
}

/** The valid fixture set with the Danish notice's title and summary changed since they were translated. */
const withTitleAndSummaryChanged = (root: string) => {
  edit(root, notice, 'title: Videoovervågning', 'title: Videoovervågning af indgangen');
  edit(root, notice, 'summary: Vi videoovervåger indgangen.', 'summary: Vi filmer indgangen.');
};

const warnedFields = (root: string) =>
  readContent(root)
    .problems.filter((problem) => problem.warning)
    .map((problem) => problem.field);

describe('npm run translation:reviewed', () => {
  it('marks only the fields it is given, and changes no other line of the file', () => {
    inCopyOfValidContent((root) => {
      withTitleAndSummaryChanged(root);
      const before = readFileSync(path.join(root, translation), 'utf8');
      expect(reviewed(root, `content/${translation}`, 'title')).toEqual({
        code: 0,
        output: `Markerede title som oversat fra den danske tekst, der står nu, i:\n  content/${translation}`,
      });
      const after = readFileSync(path.join(root, translation), 'utf8');
      const changedLines = after.split('\n').filter((line) => !before.split('\n').includes(line));
      expect(changedLines).toEqual([expect.stringMatching(/^ {2}title: [0-9a-f]{12}$/)]);
      expect(warnedFields(root)).toEqual(['summary']);
    });
  });

  it('takes a Danish file for each of its translations, and every field when none is named', () => {
    inCopyOfValidContent((root) => {
      withTitleAndSummaryChanged(root);
      expect(reviewed(root, `content/${notice}`).code).toBe(0);
      expect(warnedFields(root)).toEqual([]);
    });
  });

  it('marks every translation with --all, and writes nothing when run again', () => {
    inCopyOfValidContent((root) => {
      withTitleAndSummaryChanged(root);
      expect(reviewed(root, '--all').output).toBe(
        `Markerede alle felter som oversat fra den danske tekst, der står nu, i:\n  content/${translation}`,
      );
      expect(reviewed(root, '--all').output).toBe(
        'Intet at skrive: alle felter er allerede markeret som oversat fra den danske tekst, der står nu.',
      );
      expect(readContent(root).problems.map(formatProblem)).toEqual([]);
    });
  });

  it('refuses a field the file does not have, and names those it has', () => {
    inCopyOfValidContent((root) => {
      expect(reviewed(root, `content/${translation}`, 'titel')).toEqual({
        code: 1,
        refused: true,
        output: `content/${translation} har ikke feltet titel. Skriv et eller flere af: title, summary, purpose, legalBases, specialCategoryBases, dataProtectionActBases, statutes, dataCategories, dataSubjects, sources, recipients, transfers, retention, automatedDecisions, provisionRequirement, consentWithdrawal, legitimateInterest, rightsOverride, knownGaps, sourceNotes, changes, body`,
      });
    });
  });

  it('refuses a Danish file that is not translated', () => {
    inCopyOfValidContent((root) => {
      expect(reviewed(root, 'content/purposes/testmyndighed/minimal.md').output).toBe(
        'content/purposes/testmyndighed/minimal.md er ikke oversat endnu',
      );
    });
  });
});
