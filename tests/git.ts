/**
 * Git repositories for the tests: the change-note check compares the content with its published version
 * in git, so tests that need it make the folder around a content copy a repository of its own.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The environment of a child process, without what a calling git hook or npm script set. */
export function cleanEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of Object.keys(environment))
    if (/^(GIT_|npm_)/.test(name) && !(name in extra)) delete environment[name];
  return environment;
}

/** Runs git in `folder` with a fixed identity, in the test's own repository. */
export function git(folder: string, ...args: string[]) {
  gitWith({}, folder, ...args);
}

function gitWith(environment: Record<string, string>, folder: string, ...args: string[]) {
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.dk', '-c', 'commit.gpgsign=false', ...args],
    { cwd: folder, env: cleanEnvironment(environment), stdio: 'ignore' },
  );
}

/** Commits everything in the repository around the content folder `root` as if at noon (UTC) of `date`. */
export function commitOn(root: string, date: string) {
  const moment = `${date}T12:00:00Z`;
  const repository = path.dirname(root);
  git(repository, 'add', '--all');
  gitWith(
    { GIT_AUTHOR_DATE: moment, GIT_COMMITTER_DATE: moment },
    repository,
    'commit',
    '--quiet',
    '-m',
    date,
  );
}

/** Makes the folder around the content folder `root` a git repository, the content committed on main. */
export function publishOnMain(root: string) {
  const repository = path.dirname(root);
  git(repository, 'init', '--quiet', '--initial-branch=main');
  git(repository, 'add', '.');
  git(repository, 'commit', '--quiet', '-m', 'Offentliggjort');
  return repository;
}
