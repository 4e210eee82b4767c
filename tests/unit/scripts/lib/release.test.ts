import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { currentRelease, release, ReleaseRefused, releases, rollback } from '../../../../scripts/lib/release';
import { cleanEnvironment, inTemporaryFolder, projectRoot } from '../../helpers';

/**
 * Writes a small publication named `name` into `folder`/`name`: a front page naming its own stylesheet and
 * font (hashed by the name, as a build's would be), a page and the 404 page. Returns its folder.
 */
function publication(folder: string, name: string): string {
  const root = path.join(folder, name);
  const files: Record<string, string> = {
    'index.html': `<!doctype html><title>${name}</title><link rel="preload" href="/_next/static/media/${name}.woff2" as="font"><link rel="stylesheet" href="/_next/static/chunks/${name}.css">`,
    'oversigt.html': `<!doctype html><title>${name}: oversigt</title>`,
    '404.html': '<!doctype html><title>Siden findes ikke</title>',
    [`_next/static/chunks/${name}.css`]: `/* ${name} */`,
    [`_next/static/media/${name}.woff2`]: name,
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** What `<root>/current` serves at `address`, or undefined if nothing. */
const served = (root: string, address: string) => {
  const file = path.join(root, 'current', address);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const stylesheetOf = (name: string) => `_next/static/chunks/${name}.css`;
const fontOf = (name: string) => `_next/static/media/${name}.woff2`;

/** Releases the publications named, in order, one second apart, under `folder`/srv. */
function releaseEach(folder: string, names: string[], kept = 3) {
  const root = path.join(folder, 'srv');
  names.forEach((name, index) =>
    release(root, publication(folder, name), { kept, now: new Date(Date.UTC(2026, 11, 6, 12, 0, index)) }),
  );
  return root;
}

const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof ReleaseRefused) return error.message;
    throw error;
  }
  return 'not refused';
};

describe('npm run release', () => {
  it('copies a complete publication into a release and points current at it', () => {
    inTemporaryFolder((folder) => {
      const root = releaseEach(folder, ['first']);
      expect(served(root, 'index.html')).toContain('<title>first</title>');
      expect(releases(root)).toEqual([currentRelease(root)]);
      expect(readdirSync(root).sort()).toEqual(['current', 'releases']);
    });
  });

  it('refuses a folder that is not a complete publication, says why, and leaves current as it was', () => {
    inTemporaryFolder((folder) => {
      const root = releaseEach(folder, ['first']);
      const before = currentRelease(root);
      const noIndex = publication(folder, 'no-index');
      rmSync(path.join(noIndex, 'index.html'));
      const noStylesheet = publication(folder, 'no-stylesheet');
      writeFileSync(path.join(noStylesheet, 'index.html'), '<!doctype html><title>x</title>');
      const lostStylesheet = publication(folder, 'lost');
      rmSync(path.join(lostStylesheet, stylesheetOf('lost')));

      const kept = { kept: 3 };
      expect(refusal(() => release(root, noIndex, kept))).toBe(
        `${noIndex} is not a complete publication: it has no index.html. Run npm run build, then release again.`,
      );
      expect(refusal(() => release(root, noStylesheet, kept))).toContain(
        'is not a complete publication: its front page names no stylesheet.',
      );
      expect(refusal(() => release(root, lostStylesheet, kept))).toContain(
        `the front page names /${stylesheetOf('lost')}, which it lacks.`,
      );
      expect(refusal(() => release(root, path.join(folder, 'nowhere'), kept))).toContain(
        'nowhere is not a complete publication: it does not exist.',
      );
      expect(currentRelease(root)).toBe(before);
      expect(releases(root)).toEqual([before]);
      expect(readdirSync(path.join(root, 'releases'))).toHaveLength(2);
    });
  });

  it('leaves current as it was and no half-copied release when the copy fails', () => {
    inTemporaryFolder((folder) => {
      const root = releaseEach(folder, ['first']);
      const before = currentRelease(root);
      const broken = publication(folder, 'second');
      // A named pipe is no file a publication can hold: the copy stops part-way.
      spawnSync('mkfifo', [path.join(broken, 'pipe')]);
      expect(() => release(root, broken, { kept: 3 })).toThrow();
      expect(currentRelease(root)).toBe(before);
      expect(served(root, 'index.html')).toContain('<title>first</title>');
      expect(readdirSync(path.join(root, 'releases')).sort()).toEqual([before, `${before}.json`]);
    });
  });

  it('keeps the stylesheets and fonts of the releases kept reachable from the new one', () => {
    inTemporaryFolder((folder) => {
      const root = releaseEach(folder, ['first', 'second', 'third']);
      expect(served(root, 'index.html')).toContain('<title>third</title>');
      for (const name of ['first', 'second', 'third']) {
        expect(served(root, stylesheetOf(name)), name).toBe(`/* ${name} */`);
        expect(served(root, fontOf(name)), name).toBe(name);
      }
      // Pages are the new release's own: an old page is not served on.
      expect(served(root, 'oversigt.html')).toContain('third: oversigt');
    });
  });

  it('removes the releases beyond the setting, and their assets with them', () => {
    inTemporaryFolder((folder) => {
      const root = releaseEach(folder, ['first', 'second', 'third', 'fourth'], 2);
      expect(releases(root)).toHaveLength(3);
      expect(served(root, stylesheetOf('first'))).toBeUndefined();
      for (const name of ['second', 'third', 'fourth'])
        expect(served(root, stylesheetOf(name)), name).toBe(`/* ${name} */`);
    });
  });

  it('refuses a setting below one release', () => {
    inTemporaryFolder((folder) => {
      expect(
        refusal(() => release(path.join(folder, 'srv'), publication(folder, 'first'), { kept: 0 })),
      ).toBe('The number of releases kept must be a whole number of at least 1, not 0.');
    });
  });

  it('refuses to replace a folder named current that is not a link', () => {
    inTemporaryFolder((folder) => {
      const root = path.join(folder, 'srv');
      mkdirSync(path.join(root, 'current'), { recursive: true });
      expect(refusal(() => release(root, publication(folder, 'first'), { kept: 3 }))).toContain(
        'is a folder, not a link to a release',
      );
      expect(existsSync(path.join(root, 'releases'))).toBe(false);
    });
  });
});

describe('npm run release -- --rollback', () => {
  it('switches back to the release before, whose pages are served, and keeps the newer assets', () => {
    inTemporaryFolder((folder) => {
      const root = releaseEach(folder, ['first', 'second']);
      const [first, second] = releases(root);
      expect(rollback(root)).toEqual({ from: second, to: first });
      expect(served(root, 'index.html')).toContain('<title>first</title>');
      // A reader who holds a page of the release rolled back from keeps its styles.
      expect(served(root, stylesheetOf('second'))).toBe('/* second */');
    });
  });

  it('rolls back release after release, each restored one serving the assets of those left', () => {
    inTemporaryFolder((folder) => {
      const root = releaseEach(folder, ['first', 'second', 'third']);
      rollback(root);
      rollback(root);
      expect(served(root, 'index.html')).toContain('<title>first</title>');
      for (const name of ['second', 'third']) expect(served(root, fontOf(name)), name).toBe(name);
    });
  });

  it('refuses when there is no release before the current one, and changes nothing', () => {
    inTemporaryFolder((folder) => {
      const root = releaseEach(folder, ['first']);
      const before = currentRelease(root);
      expect(refusal(() => rollback(root))).toBe(
        `${root} keeps no release before ${before} to roll back to.`,
      );
      expect(currentRelease(root)).toBe(before);
      expect(refusal(() => rollback(path.join(folder, 'empty')))).toContain('has no current release');
    });
  });
});

// The one test of the script itself: npm, tsx, PERSONDATA_OUT_DIR, the messages and the exit codes.
it('npm run release releases PERSONDATA_OUT_DIR and rolls back, and exits 1 with the reason when refused', () => {
  inTemporaryFolder((folder) => {
    const root = path.join(folder, 'srv');
    const run = (name: string, ...args: string[]) =>
      spawnSync('npm', ['run', '--silent', 'release', '--', root, ...args], {
        cwd: projectRoot,
        env: cleanEnvironment({ PERSONDATA_OUT_DIR: path.join(folder, name) }),
        encoding: 'utf8',
      });
    publication(folder, 'first');
    publication(folder, 'second');
    const released = [run('first'), run('second'), run('second', '--rollback'), run('missing')];
    expect(released.map(({ status }) => status)).toEqual([0, 0, 0, 1]);
    expect(released[1]!.stdout).toMatch(/now serves release \S+ \(was \S+\)\./);
    expect(released[3]!.stderr).toContain('missing is not a complete publication: it does not exist.');
    expect(served(root, 'index.html')).toContain('<title>first</title>');
  });
});
