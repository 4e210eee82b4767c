import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkChangeHistory, publishedNotice } from '@/lib/content/history';
import { loadContent } from '@/lib/content/load';
import { publishedVersionOf } from '@/lib/content/published-version';

import { git, inCopyOfValidContent, inTemporaryFolder, publishOnMain } from '../../helpers';

const notice = 'purposes/testmyndighed/videoovervaagning.md';

/** Changes the words of the notice's retention, a legal field, with or without a change note. */
function changeRetention(root: string, { withNote }: { withNote: boolean }) {
  const file = path.join(root, notice);
  let text = readFileSync(file, 'utf8').replace('period: 30 dage', 'period: 30 dage fra optagelsen');
  if (withNote)
    text = text.replace(
      'changes:\n',
      'changes:\n  - date: 2026-12-01\n    note: Opbevaringen er præciseret.\n',
    );
  writeFileSync(file, text);
}

function commitAll(repository: string) {
  git(repository, 'commit', '--quiet', '-am', 'Ændret');
}

/** Publishes the content folder `root` on main, then changes its retention on a branch and commits. */
function commitOnBranch(root: string, note: { withNote: boolean }) {
  const repository = publishOnMain(root);
  git(repository, 'switch', '--quiet', '-c', 'opbevaring');
  changeRetention(root, note);
  commitAll(repository);
}

/** The change-note problems of the content folder `root` against its published version. */
function changeNoteProblems(root: string, ref?: string) {
  const { read } = publishedVersionOf(root, ref);
  const notices = loadContent(root).authorities.flatMap((authority) => authority.notices);
  return checkChangeHistory(notices, (notice) => publishedNotice(notice, read!)).map(
    (problem) => `${problem.file}: ${problem.message}`,
  );
}

const missingNote = `content/${notice}: retention (opbevaring) er ændret i forhold til den offentliggjorte version; tilføj et punkt under changes med dagens dato og en kort note om, hvad der er ændret`;

describe('the published version the change notes are checked against', () => {
  it('finds a legal change committed on a branch without a change note', () => {
    inCopyOfValidContent((root) => {
      commitOnBranch(root, { withNote: false });
      expect(changeNoteProblems(root)).toEqual([missingNote]);
      expect(publishedVersionOf(root).description).toMatch(
        /^Ændringsnoterne er tjekket mod den offentliggjorte version: main \([0-9a-f]{7}\)\.$/,
      );
    });
  });

  it('passes a legal change committed on a branch with a change note', () => {
    inCopyOfValidContent((root) => {
      commitOnBranch(root, { withNote: true });
      expect(changeNoteProblems(root)).toEqual([]);
    });
  });

  it('compares a clone with origin/main, so a legal change committed to its own main still needs a note', () => {
    inCopyOfValidContent((root) => {
      publishOnMain(root);
      inTemporaryFolder((folder) => {
        git(folder, 'clone', '--quiet', path.dirname(root), 'klon');
        const clone = path.join(folder, 'klon/content');
        changeRetention(clone, { withNote: false });
        commitAll(path.dirname(clone));
        expect(changeNoteProblems(clone)).toEqual([missingNote]);
        expect(publishedVersionOf(clone).description).toContain('origin/main');
      });
    });
  });

  it('compares with PERSONDATA_PUBLISHED_REF when it is set', () => {
    inCopyOfValidContent((root) => {
      const repository = publishOnMain(root);
      git(repository, 'tag', 'offentliggjort');
      changeRetention(root, { withNote: false });
      commitAll(repository);
      // main itself now holds the change, so only the tag shows it.
      expect(changeNoteProblems(root)).toEqual([]);
      expect(changeNoteProblems(root, 'offentliggjort')).toEqual([missingNote]);
    });
  });

  it('refuses a PERSONDATA_PUBLISHED_REF that names no commit', () => {
    inCopyOfValidContent((root) => {
      publishOnMain(root);
      expect(() => publishedVersionOf(root, 'findes-ikke')).toThrow(
        /^PERSONDATA_PUBLISHED_REF is "findes-ikke", which is no commit in the git repository of /,
      );
    });
  });

  it('treats a notice that is not published yet as new', () => {
    inCopyOfValidContent((root) => {
      publishOnMain(root);
      const published = readFileSync(path.join(root, notice), 'utf8');
      writeFileSync(path.join(root, 'purposes/testmyndighed/ny.md'), published.replace('30 dage', '60 dage'));
      expect(changeNoteProblems(root)).toEqual([]);
    });
  });

  it('skips the check, and says so, outside a git repository', () => {
    inCopyOfValidContent((root) => {
      expect(publishedVersionOf(root)).toEqual({
        description:
          'Ændringsnoterne er ikke tjekket: indholdsmappen ligger ikke i et git-arkiv, eller git er ikke installeret.',
      });
    });
  });
});
