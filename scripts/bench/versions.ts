/**
 * What the notices' past versions cost: a temporary git repository of content/ in which every notice
 * changes `versions` times in what a reader sees (a retention period, a recipient, the wording), one
 * commit a day, so each notice has `versions` past versions besides the current one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { contentRoot } from '../../src/config/environment';
import { contentPath } from '../../src/lib/content/content-files';
import { loadContent } from '../../src/lib/content/load';
import { isReadable, readNoticeVersions } from '../../src/lib/content/notice-versions';

const dayInMs = 86_400_000;

/** Commits everything in `repository` at noon (UTC) of the `day`th day of 2025. */
function commitOnDay(repository: string, day: number) {
  const moment = new Date(Date.UTC(2025, 0, 1, 12) + day * dayInMs).toISOString();
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_DATE: moment, GIT_COMMITTER_DATE: moment };
  for (const name of Object.keys(env))
    if (name.startsWith('GIT_') && !name.endsWith('_DATE')) delete env[name];
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.dk', ...args], {
      cwd: repository,
      env,
      stdio: 'ignore',
    });
  git('add', '--all');
  git('commit', '--quiet', '--allow-empty', '-m', `Dag ${day}`);
}

/**
 * The `change`th change of a notice a reader sees, in turn: its retention period, a new recipient, its
 * text's wording (a closing sentence that each change rewords); the wording where the notice states no
 * duration or recipients.
 */
function changed(text: string, change: number): string {
  const amount = /^( {4}amount: )(\d+)$/m;
  if (change % 3 === 1 && amount.test(text))
    return text.replace(amount, (_line, key: string, value: string) => `${key}${Number(value) + 1}`);
  if (change % 3 === 2 && /^recipients:\n {2}- /m.test(text))
    return text.replace(/^recipients:\n/m, `recipients:\n  - name: Modtager ${change}\n`);
  const wording = /\nTeksten er ændret \d+ gange\.\n$/;
  const sentence = `\nTeksten er ændret ${change} gange.\n`;
  return wording.test(text) ? text.replace(wording, sentence) : `${text.trimEnd()}\n${sentence}`;
}

/** content/ in a new git repository, each notice changed `versions` times after its first commit. */
export function contentWithVersions(versions: number): string {
  const root = path.join(mkdtempSync(path.join(tmpdir(), `persondata-versions-${versions}-`)), 'content');
  cpSync(contentRoot(), root, { recursive: true });
  const repository = path.dirname(root);
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: repository, stdio: 'ignore' });
  commitOnDay(repository, 0);
  const files = loadContent(root).authorities.flatMap((authority) =>
    authority.notices.map((notice) => path.join(root, contentPath('purpose', notice))),
  );
  for (let change = 1; change <= versions; change += 1) {
    for (const file of files) writeFileSync(file, changed(readFileSync(file, 'utf8'), change));
    commitOnDay(repository, change);
  }
  return root;
}

export interface VersionsReadingCost {
  notices: number;
  /** Past versions read, readable ones. */
  versions: number;
  seconds: number;
  /** The CPU time of this process alone (git's own excluded): steadier than the wall time on a shared machine. */
  cpuSeconds: number;
}

/** The time readNoticeVersions takes over the content folder `root` (a git repository's). */
export function versionsReadingCost(root: string): VersionsReadingCost {
  const content = loadContent(root);
  const notices = content.authorities.flatMap((authority) => authority.notices);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { histories } = readNoticeVersions(root, 'content', notices);
  const { user, system } = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  const versions = [...histories.values()].reduce(
    (sum, history) => sum + history.versions.filter(isReadable).length,
    0,
  );
  return { notices: notices.length, versions, seconds, cpuSeconds: (user + system) / 1e6 };
}

/**
 * The cost of reading the versions with each count of changes per notice, the lower of two readings,
 * after a first reading that loads the code (its time is no cost of the versions); each repository is
 * removed after.
 */
export function versionsReadingCosts(counts: readonly number[]): Record<string, VersionsReadingCost> {
  const costs: Record<string, VersionsReadingCost> = {};
  for (const count of [1, ...counts, ...counts]) {
    const root = contentWithVersions(count);
    const cost = versionsReadingCost(root);
    rmSync(path.dirname(root), { recursive: true, force: true });
    // The lower of two readings: the other work on a shared machine only ever adds to it.
    const earlier = costs[String(count)];
    if (counts.includes(count) && (!earlier || cost.seconds < earlier.seconds)) costs[String(count)] = cost;
  }
  return costs;
}
