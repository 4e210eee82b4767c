/**
 * The published version of the content, read from git: the one module that runs git. The change-note
 * check compares each notice with it rather than with the last commit, so a legal change still needs its
 * change note after it is committed, until it is published.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { publishedRef } from '../../config/environment';

export interface PublishedVersion {
  /** A notice's text in the published version; undefined where the notice is new. Absent: nothing to compare with. */
  read?: (file: string, absolutePath: string) => string | undefined;
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
    // "./" names the file relative to the folder git runs in, wherever the repository begins.
    read: (_file, absolutePath) =>
      git(path.dirname(absolutePath), 'show', `${published.commit}:./${path.basename(absolutePath)}`),
    description: `Ændringsnoterne er tjekket mod den offentliggjorte version: ${published.name} (${published.commit.slice(0, 7)}).`,
  };
}
