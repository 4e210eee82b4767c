/**
 * The published version of the content, read from git: the one module that runs git. The change-note
 * check compares each notice with it rather than with the last commit, so a legal change still needs its
 * change note after it is committed, until it is published. The notices' past versions are read from the
 * same branch's history.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { publishedRef } from '../../config/environment';

export interface PublishedVersion {
  /** A notice's text in the published version; undefined where the notice is new. Absent: nothing to compare with. */
  read?: (file: string, absolutePath: string) => string | undefined;
  /** The published commit's id, where there is one: what `read` gives for a file never changes while it is the same. */
  commit?: string;
  /** Which version the change notes are compared with, or why they are not checked, in Danish. */
  description: string;
}

// git finds the repository from the folder it runs in, whatever repository a calling git hook points at.
const environment: NodeJS.ProcessEnv = { ...process.env };
for (const name of Object.keys(environment)) if (name.startsWith('GIT_')) delete environment[name];

/** git's output, or undefined when git is not installed or refuses (no repository, no such file). */
function git(folder: string, ...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: folder,
      env: environment,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

const commitOf = (folder: string, ref: string) =>
  git(folder, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`)?.trim();

/** Where HEAD left `branch`: what was published when the work began, whatever has been committed since. */
function forkPoint(folder: string, branch: string) {
  const tip = commitOf(folder, branch);
  return tip && (git(folder, 'merge-base', 'HEAD', tip)?.trim() || tip);
}

function publishedCommit(root: string, ref: string | undefined) {
  if (ref) {
    const commit = commitOf(root, ref);
    if (!commit)
      throw new Error(
        `PERSONDATA_PUBLISHED_REF is "${ref}", which is no commit in the git repository of ${root}. Set it to the commit, branch or tag that is published, or unset it.`,
      );
    return { commit, name: ref };
  }
  for (const branch of ['origin/main', 'main']) {
    const commit = forkPoint(root, branch);
    if (commit) return { commit, name: branch };
  }
  return undefined;
}

/**
 * The published version of the content folder `root`: `ref` (PERSONDATA_PUBLISHED_REF) if given, else
 * where HEAD left origin/main, else main. None when the folder is not in a git repository.
 */
export function publishedVersionOf(root: string, ref = publishedRef): PublishedVersion {
  if (git(root, 'rev-parse', '--is-inside-work-tree')?.trim() !== 'true')
    return {
      description:
        'Ændringsnoterne er ikke tjekket: indholdsmappen ligger ikke i et git-arkiv, eller git er ikke installeret.',
    };
  const published = publishedCommit(root, ref);
  if (!published)
    return {
      description:
        'Ændringsnoterne er ikke tjekket: der er hverken en origin/main eller en main at sammenligne med. Sæt PERSONDATA_PUBLISHED_REF til den offentliggjorte version.',
    };
  return {
    commit: published.commit,
    // "./" names the file relative to the folder git runs in, wherever the repository begins.
    read: (_file, absolutePath) =>
      git(path.dirname(absolutePath), 'show', `${published.commit}:./${path.basename(absolutePath)}`),
    description: `Ændringsnoterne er tjekket mod den offentliggjorte version: ${published.name} (${published.commit.slice(0, 7)}).`,
  };
}

/** One file a commit added, changed, deleted or renamed, with its text's blob after the commit. */
export interface FileChange {
  /** The file's path inside the content folder after the commit (before it, for a deletion). */
  path: string;
  /** For a rename: the path before it. */
  renamedFrom?: string;
  /** The blob of its text after the commit; undefined where the commit deleted it. */
  blob?: string;
}

/** A commit of the published branch, oldest first: what it changed under the folders asked for. */
export interface HistoryCommit {
  commit: string;
  /** When it was committed, in seconds since 1970. */
  time: number;
  changes: FileChange[];
}

export type PublishedHistory =
  | {
      read: true;
      commits: HistoryCommit[];
      /** The texts of many blobs, read by one git process. */
      texts: (blobs: readonly string[]) => Map<string, string>;
      /** Which branch and commit the history was read from, in Danish. */
      description: string;
    }
  | { read: false; description: string };

const noBlob = /^0+$/;

/** git log --raw's lines: ":100644 100644 <old> <new> M\tpath" or "R100\told\tnew". */
function parseRawLog(log: string): HistoryCommit[] {
  const commits: HistoryCommit[] = [];
  for (const line of log.split('\n')) {
    if (line.startsWith('\u0001')) {
      const [commit, time] = line.slice(1).split(' ');
      commits.push({ commit: commit!, time: Number(time), changes: [] });
    } else if (line.startsWith(':')) {
      const [meta, ...paths] = line.split('\t');
      const [, , , blob, status] = meta!.split(' ');
      const deleted = status === 'D';
      commits.at(-1)!.changes.push({
        path: paths.at(-1)!,
        ...(status!.startsWith('R') && { renamedFrom: paths[0] }),
        ...(!deleted && !noBlob.test(blob!) && { blob }),
      });
    }
  }
  return commits;
}

/** The texts of blobs by `git cat-file --batch`: one process however many. */
function readBlobs(folder: string, blobs: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  const unique = [...new Set(blobs)];
  if (unique.length === 0) return texts;
  const output = execFileSync('git', ['cat-file', '--batch'], {
    cwd: folder,
    env: environment,
    input: `${unique.join('\n')}\n`,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let at = 0;
  while (at < output.length) {
    const headerEnd = output.indexOf(0x0a, at);
    const [blob, type, size] = output.subarray(at, headerEnd).toString('utf8').split(' ');
    at = headerEnd + 1;
    if (type === 'missing' || size === undefined) continue;
    texts.set(blob!, output.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return texts;
}

const histories = new Map<string, PublishedHistory>();

/**
 * The history of the folders `folders` of the content folder `root` on the published branch (see
 * publishedVersionOf): each commit of the branch itself (its first parents) that changed a file there,
 * oldest first, renames followed. Read once per process. None in a shallow clone, whose history is cut
 * off: its oldest commit would look like the notices' first version.
 */
export function publishedHistoryOf(
  root: string,
  folders: readonly string[],
  ref = publishedRef,
): PublishedHistory {
  const key = JSON.stringify([root, folders, ref]);
  if (!histories.has(key)) histories.set(key, readHistory(root, folders, ref));
  return histories.get(key)!;
}

function readHistory(root: string, folders: readonly string[], ref: string | undefined): PublishedHistory {
  const notRead = (why: string): PublishedHistory => ({
    read: false,
    description: `Tidligere versioner er ikke bygget: ${why}`,
  });
  if (git(root, 'rev-parse', '--is-inside-work-tree')?.trim() !== 'true')
    return notRead('indholdsmappen ligger ikke i et git-arkiv, eller git er ikke installeret.');
  if (git(root, 'rev-parse', '--is-shallow-repository')?.trim() === 'true')
    return notRead(
      'git-arkivet er en overfladisk klon (shallow clone) uden hele historikken. Hent den med "git fetch --unshallow", eller klon uden --depth.',
    );
  const published = publishedCommit(root, ref);
  if (!published)
    return notRead('der er hverken en origin/main eller en main. Sæt PERSONDATA_PUBLISHED_REF.');
  // --first-parent: the states the published branch itself had, a merge as one change against the state before it.
  const log = git(
    root,
    ...['-c', 'core.quotePath=false', 'log', '--first-parent', '--diff-merges=first-parent'],
    ...['--reverse', '--format=%x01%H %ct', '--raw', '-M', '--no-abbrev', '--relative'],
    published.commit,
    '--',
    ...folders,
  );
  if (log === undefined) return notRead(`git kunne ikke læse historikken af ${published.name}.`);
  return {
    read: true,
    commits: parseRawLog(log),
    texts: (blobs) => readBlobs(root, blobs),
    description: `Tidligere versioner er læst fra ${published.name} (${published.commit.slice(0, 7)}).`,
  };
}
