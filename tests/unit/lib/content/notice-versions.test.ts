import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readContent } from '@/lib/content/load';
import { isReadable, readNoticeVersions, type NoticeVersion } from '@/lib/content/notice-versions';

import { translationReviewedCommand } from '../../../../scripts/lib/translation-reviewed';
import { commitOn, git, inCopyOfValidContent, inTemporaryFolder } from '../../helpers';

const notice = 'purposes/testmyndighed/videoovervaagning.md';
const translation = `translations/en/${notice}`;

/** Edits a file of the content folder `root` by replacing a text in it. */
function edit(root: string, file: string, from: string, to: string) {
  const absolutePath = path.join(root, file);
  const text = readFileSync(absolutePath, 'utf8');
  expect(text).toContain(from);
  writeFileSync(absolutePath, text.replace(from, to));
}

/** The content folder `root` as a repository: published on 1 November, then changed on later days. */
function withHistory(root: string) {
  git(path.dirname(root), 'init', '--quiet', '--initial-branch=main');
  commitOn(root, '2026-11-01');
  changePeriod(root, ['30 dage', '30 days'], ['60 dage', '60 days']);
  commitOn(root, '2026-11-10');
  // The same day again: the day's last state is its version.
  changePeriod(root, ['60 dage', '60 days'], ['90 dage', '90 days']);
  commitOn(root, '2026-11-10');
  // Formatting only: the same frontmatter once parsed, the same page once rendered.
  edit(root, notice, 'period: 90 dage efter optagelsen', 'period: "90 dage efter optagelsen"');
  commitOn(root, '2026-11-15');
  edit(root, notice, 'name: Politiet', 'name: Rigspolitiet');
  commitOn(root, '2026-11-20');
}

/** The period changed in Danish and in English, the English marked as translated from the new Danish. */
function changePeriod(root: string, [danish, english]: string[], [newDanish, newEnglish]: string[]) {
  edit(root, notice, `period: ${danish}`, `period: ${newDanish}`);
  edit(root, translation, `period: ${english}`, `period: ${newEnglish}`);
  translationReviewedCommand([translation, 'retention'], { root, label: 'content', cwd: root });
}

const versionsOf = (root: string, authorities?: string[]) => {
  // Read as far as valid: a renamed notice leaves a dangling situation, which is no concern here.
  return readNoticeVersions(root, 'content', readContent(root).valid.notices, {
    languages: ['en'],
    ...(authorities && { authorities }),
  });
};

/** Deletes the notice and its translation from the content folder `root`, as withdrawing it does. */
function withdraw(root: string) {
  rmSync(path.join(root, notice));
  rmSync(path.join(root, translation));
}

const datesOf = (versions: readonly { date: string; until?: string }[]) =>
  versions.map(({ date, until }) => [date, until]);

const summary = (version: NoticeVersion) => ({
  date: version.date,
  until: version.until,
  retention: version.notice.retention?.period,
  english: version.translations.en?.words.retention,
});

describe("a notice's past versions from the published branch's history", () => {
  it('makes one version per day it changed in what a reader sees, each in force until the next, the current left out', () => {
    inCopyOfValidContent((root) => {
      withHistory(root);
      const history = versionsOf(root).histories.get(`content/${notice}`)!;
      expect(history.currentSince).toBe('2026-11-20');
      expect(history.versions.filter(isReadable).map(summary)).toEqual([
        {
          date: '2026-11-01',
          until: '2026-11-10',
          retention: '30 dage efter optagelsen',
          english: { period: '30 days after the recording' },
        },
        {
          date: '2026-11-10',
          until: '2026-11-20',
          retention: '90 dage efter optagelsen',
          english: { period: '90 days after the recording' },
        },
      ]);
      expect(history.versions.every(isReadable)).toBe(true);
    });
  });

  it('follows a notice that was renamed, under its new name, and takes it for no withdrawal', () => {
    inCopyOfValidContent((root) => {
      withHistory(root);
      const renamed = 'purposes/testmyndighed/kameraer.md';
      renameSync(path.join(root, notice), path.join(root, renamed));
      renameSync(path.join(root, translation), path.join(root, `translations/en/${renamed}`));
      commitOn(root, '2026-11-25');
      const { histories, withdrawn } = versionsOf(root);
      expect(withdrawn).toEqual([]);
      expect(histories.get(`content/${renamed}`)!.withdrawn).toBeUndefined();
      expect(histories.has(`content/${notice}`)).toBe(false);
      expect(histories.get(`content/${renamed}`)!.versions.map((version) => version.date)).toEqual([
        '2026-11-01',
        '2026-11-10',
      ]);
    });
  });

  it('keeps a withdrawn notice’s versions, the last one in force until the day its file was deleted', () => {
    inCopyOfValidContent((root) => {
      withHistory(root);
      withdraw(root);
      commitOn(root, '2026-11-25');
      const { histories, withdrawn, report } = versionsOf(root);
      expect(withdrawn).toEqual([
        { file: `content/${notice}`, authority: 'testmyndighed', slug: 'videoovervaagning' },
      ]);
      const history = histories.get(`content/${notice}`)!;
      expect(history.withdrawn).toBe('2026-11-25');
      expect(history.currentSince).toBeUndefined();
      expect(datesOf(history.versions)).toEqual([
        ['2026-11-01', '2026-11-10'],
        ['2026-11-10', '2026-11-20'],
        ['2026-11-20', '2026-11-25'],
      ]);
      const last = history.versions.at(-1)!;
      expect(isReadable(last) && last.notice.recipients?.map((recipient) => recipient.name)).toContain(
        'Rigspolitiet',
      );
      expect(isReadable(last) && last.notice.slug).toBe('videoovervaagning');
      expect(report).toContain(`1 tilbagetrukne meddelelser udgives med deres versioner: content/${notice}`);
    });
  });

  it('takes a notice deleted and later restored for a current one, its old version ending at the deletion', () => {
    inCopyOfValidContent((root) => {
      withHistory(root);
      const [danish, english] = [notice, translation].map((file) =>
        readFileSync(path.join(root, file), 'utf8'),
      );
      withdraw(root);
      commitOn(root, '2026-11-25');
      writeFileSync(path.join(root, notice), danish!);
      writeFileSync(path.join(root, translation), english!);
      commitOn(root, '2026-11-28');
      const { histories, withdrawn } = versionsOf(root);
      expect(withdrawn).toEqual([]);
      const history = histories.get(`content/${notice}`)!;
      expect(history.withdrawn).toBeUndefined();
      expect(history.currentSince).toBe('2026-11-28');
      expect(datesOf(history.versions)).toEqual([
        ['2026-11-01', '2026-11-10'],
        ['2026-11-10', '2026-11-20'],
        ['2026-11-20', '2026-11-25'],
      ]);
    });
  });

  it('publishes no withdrawn notice of an authority that is gone, and says so', () => {
    inCopyOfValidContent((root) => {
      withHistory(root);
      withdraw(root);
      commitOn(root, '2026-11-25');
      const { histories, withdrawn, report } = versionsOf(root, []);
      expect(withdrawn).toEqual([]);
      expect(histories.has(`content/${notice}`)).toBe(false);
      expect(report).toContain(
        `1 tilbagetrukne meddelelser udgives ikke, fordi deres myndighed ikke findes længere, eller ingen af deres versioner kan vises: content/${notice}`,
      );
    });
  });

  it('reads a translation written before fingerprints by the date it said it translated', () => {
    inCopyOfValidContent((root) => {
      git(path.dirname(root), 'init', '--quiet', '--initial-branch=main');
      const tracked = readFileSync(path.join(root, translation), 'utf8');
      // The translation as it was written then: the date of the newest Danish change it covered.
      const dated = tracked.replace(/sourceFingerprints:\n(?: {2}.*\n)+/, 'translates: 2026-11-23\n');
      writeFileSync(path.join(root, translation), dated);
      commitOn(root, '2026-11-01');
      // A Danish change the translation does not cover yet.
      edit(root, notice, 'period: 30 dage', 'period: 60 dage');
      edit(
        root,
        notice,
        '    note: Offentliggjort.',
        '    note: Offentliggjort.\n  - date: 2026-11-10\n    note: Ændret.',
      );
      commitOn(root, '2026-11-10');
      writeFileSync(path.join(root, translation), tracked);
      edit(root, notice, 'name: Politiet', 'name: Rigspolitiet');
      commitOn(root, '2026-11-20');
      const history = versionsOf(root).histories.get(`content/${notice}`)!;
      expect(history.versions.filter(isReadable).map(summary)).toEqual([
        {
          date: '2026-11-01',
          until: '2026-11-10',
          retention: '30 dage efter optagelsen',
          english: { period: '30 days after the recording' },
        },
        {
          date: '2026-11-10',
          until: '2026-11-20',
          retention: '60 dage efter optagelsen',
          english: undefined,
        },
      ]);
    });
  });

  it('reads a period written as a number and a unit, from before durations, as the duration it states', () => {
    inCopyOfValidContent((root) => {
      git(path.dirname(root), 'init', '--quiet', '--initial-branch=main');
      edit(root, notice, 'period: 30 dage efter optagelsen', 'period: 30 dage');
      edit(root, translation, 'period: 30 days after the recording', 'period: 30 days');
      commitOn(root, '2026-11-01');
      edit(root, notice, 'period: 30 dage', 'period: 30 dage efter optagelsen');
      edit(root, translation, 'period: 30 days', 'period: 30 days after the recording');
      commitOn(root, '2026-11-02');
      const [version] = versionsOf(root).histories.get(`content/${notice}`)!.versions;
      expect(version && isReadable(version) && version.notice.retention).toEqual({
        duration: { amount: 30, unit: 'days' },
      });
      expect(version && isReadable(version) && version.translations.en?.words.retention).toBeUndefined();
    });
  });

  it('lists a version that does not fit today’s schema as one that cannot be shown, never guessing', () => {
    inCopyOfValidContent((root) => {
      git(path.dirname(root), 'init', '--quiet', '--initial-branch=main');
      edit(root, notice, 'period: 30 dage', 'periode: 30 dage');
      commitOn(root, '2026-11-01');
      edit(root, notice, 'periode: 30 dage', 'period: 30 dage');
      commitOn(root, '2026-11-02');
      const { histories, report } = versionsOf(root);
      const [version] = histories.get(`content/${notice}`)!.versions;
      expect(version).toEqual({
        date: '2026-11-01',
        until: '2026-11-02',
        problems: [
          'retention.periode: er ikke et felt, som siden kender. Ret stavningen, eller slet feltet',
          'retention: skal have en periode (duration eller period), kriterier (criteria) eller begge dele',
        ],
      });
      expect(report[1]).toBe(
        `1 tidligere versioner kan ikke vises, fordi de ikke passer til det nuværende skema: content/${notice} (2026-11-01)`,
      );
    });
  });

  it('builds none from a shallow clone, and says so', () => {
    inCopyOfValidContent((root) => {
      withHistory(root);
      inTemporaryFolder((folder) => {
        git(folder, 'clone', '--quiet', '--depth=1', `file://${path.dirname(root)}`, 'klon');
        const { histories, report } = versionsOf(path.join(folder, 'klon/content'));
        expect(histories.size).toBe(0);
        expect(report).toEqual([
          'Tidligere versioner er ikke bygget: git-arkivet er en overfladisk klon (shallow clone) uden hele historikken. Hent den med "git fetch --unshallow", eller klon uden --depth.',
        ]);
      });
    });
  });

  it('builds none outside a git repository, and says so', () => {
    inCopyOfValidContent((root) => {
      const { histories, report } = versionsOf(root);
      expect(histories.size).toBe(0);
      expect(report).toEqual([
        'Tidligere versioner er ikke bygget: indholdsmappen ligger ikke i et git-arkiv, eller git er ikke installeret.',
      ]);
    });
  });
});
