/**
 * Releases of the publication under one folder, as nginx serves them (deploy/README.md):
 *
 *   <root>/current -> releases/<id>    the link nginx's root names; replaced in one rename
 *   <root>/releases/<id>/               a copy of the publication, plus the hashed assets of the releases kept
 *   <root>/releases/<id>.json           the release's own assets, so a later release can carry them on
 *
 * Everything before the rename only adds files beside the served ones, so a release that fails at any step
 * leaves `current` as it was.
 */
import {
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** Where hashed, immutable assets live in the publication (cached for a year, see deploy/nginx). */
const assetsFolder = '_next/static';

/** Thrown when a release or rollback is refused; the message says why and what to do. */
export class ReleaseRefused extends Error {}

const releasesOf = (root: string) => path.join(root, 'releases');
const folderOf = (root: string, id: string) => path.join(releasesOf(root), id);
const manifestOf = (root: string, id: string) => path.join(releasesOf(root), `${id}.json`);

/** What is missing for `folder` to be a publication a reader can use; empty when it is complete. */
export function publicationProblems(folder: string): string[] {
  if (!existsSync(folder)) return ['it does not exist'];
  const problems = ['index.html', '404.html']
    .filter((page) => !existsSync(path.join(folder, page)))
    .map((page) => `it has no ${page}`);
  if (problems.length > 0) return problems;
  const front = readFileSync(path.join(folder, 'index.html'), 'utf8');
  if (!/<link rel="stylesheet" href="\/_next\/static\/[^"]+"/.test(front))
    problems.push('its front page names no stylesheet');
  const named = front.match(/(?<=")\/_next\/static\/[^"]+(?=")/g) ?? [];
  for (const asset of new Set(named))
    if (!existsSync(path.join(folder, asset))) problems.push(`the front page names ${asset}, which it lacks`);
  return problems;
}

/** The releases under `root`, oldest first (ids sort by time). */
export function releases(root: string): string[] {
  if (!existsSync(releasesOf(root))) return [];
  return readdirSync(releasesOf(root))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** The release `<root>/current` points at, if any. */
export function currentRelease(root: string): string | undefined {
  const link = path.join(root, 'current');
  const stats = lstatSafe(link);
  if (!stats) return undefined;
  if (!stats.isSymbolicLink())
    throw new ReleaseRefused(
      `${link} is a folder, not a link to a release: move it away (or release into a new folder) and release again.`,
    );
  return path.basename(readlinkSync(link));
}

function lstatSafe(file: string) {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

/** The files under `folder`/_next/static, as paths relative to `folder`. */
function assetsIn(folder: string): string[] {
  const assets = path.join(folder, assetsFolder);
  if (!existsSync(assets)) return [];
  return readdirSync(assets, { recursive: true, encoding: 'utf8' })
    .map((file) => path.posix.join(assetsFolder, file.split(path.sep).join('/')))
    .filter((file) => lstatSync(path.join(folder, file)).isFile());
}

const ownAssets = (root: string, id: string): string[] =>
  (JSON.parse(readFileSync(manifestOf(root, id), 'utf8')) as { assets: string[] }).assets;

/**
 * Hard-links the `assets` of the folder `from` into the folder `into` where it lacks them: the same bytes
 * under the same names, at no cost in space, and they outlive `from`'s removal.
 */
function linkAssets(from: string, assets: readonly string[], into: string) {
  for (const asset of assets) {
    const target = path.join(into, asset);
    if (existsSync(target)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    linkSync(path.join(from, asset), target);
  }
}

/** Points `<root>/current` at release `id` in one rename, so every request sees one release or the other. */
function switchTo(root: string, id: string) {
  const next = path.join(root, `.current-${process.pid}`);
  rmSync(next, { force: true });
  symlinkSync(path.join('releases', id), next);
  renameSync(next, path.join(root, 'current'));
}

/** A new release id: the time, sortable and safe in a path; a suffix if one exists already. */
function newId(root: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let id = stamp;
  for (let count = 1; existsSync(manifestOf(root, id)); count += 1) id = `${stamp}-${count}`;
  return id;
}

export interface ReleaseOptions {
  /** How many releases before the new one stay on disk, for rollback, with their assets served by it. */
  kept: number;
  now?: Date;
}

export interface Released {
  id: string;
  /** The release that was current before, if any. */
  previous?: string;
  /** Releases removed as beyond the setting. */
  removed: string[];
}

/**
 * Copies `publication` into a new release under `root`, adds the assets of the releases kept, switches
 * `current` to it and removes the releases beyond `kept`. Refuses an incomplete publication.
 */
export function release(
  root: string,
  publication: string,
  { kept, now = new Date() }: ReleaseOptions,
): Released {
  if (!Number.isInteger(kept) || kept < 1)
    throw new ReleaseRefused(
      `The number of releases kept must be a whole number of at least 1, not ${kept}.`,
    );
  const problems = publicationProblems(publication);
  if (problems.length > 0)
    throw new ReleaseRefused(
      `${publication} is not a complete publication: ${problems.join('; ')}. Run npm run build, then release again.`,
    );
  const previous = currentRelease(root);
  const earlier = releases(root);
  const carried = new Set(earlier.slice(-kept));
  if (previous) carried.add(previous);

  const id = newId(root, now);
  const partial = path.join(releasesOf(root), `.partial-${id}`);
  mkdirSync(releasesOf(root), { recursive: true });
  try {
    cpSync(publication, partial, { recursive: true });
    const assets = assetsIn(partial);
    for (const from of carried) linkAssets(folderOf(root, from), ownAssets(root, from), partial);
    renameSync(partial, folderOf(root, id));
    writeFileSync(
      manifestOf(root, id),
      `${JSON.stringify({ released: now.toISOString(), assets }, null, 2)}\n`,
    );
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    rmSync(folderOf(root, id), { recursive: true, force: true });
    throw error;
  }
  switchTo(root, id);

  const removed = earlier.filter((old) => !carried.has(old));
  for (const old of removed) {
    rmSync(manifestOf(root, old), { force: true });
    rmSync(folderOf(root, old), { recursive: true, force: true });
  }
  return { id, ...(previous && { previous }), removed };
}

/**
 * Switches `current` back to the release before it. The release left behind lends every asset it serves to
 * the one restored, so pages readers fetched from it (or from a release it carried) keep their styles.
 */
export function rollback(root: string): { from: string; to: string } {
  const from = currentRelease(root);
  if (!from) throw new ReleaseRefused(`${root} has no current release to roll back from.`);
  const to = releases(root)
    .filter((id) => id < from)
    .at(-1);
  if (!to) throw new ReleaseRefused(`${root} keeps no release before ${from} to roll back to.`);
  linkAssets(folderOf(root, from), assetsIn(folderOf(root, from)), folderOf(root, to));
  switchTo(root, to);
  return { from, to };
}
