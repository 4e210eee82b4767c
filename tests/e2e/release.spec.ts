import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { release, rollback } from '../../scripts/lib/release';
import { buildFolders } from '../../src/config/environment';
import { accessibilityStatementPath } from '../../src/config/routes';
import { releasePort } from './servers';
import { onePagePerType } from './site-content';

// Releases of the publication behind nginx with the shipped configuration, its root the link
// <root>/current that `npm run release` switches.
const origin = `http://127.0.0.1:${releasePort}`;
const stylesheetOf = (html: string) => /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
/** The hashed assets a page names: its stylesheet and the fonts it preloads. */
const assetsOf = (html: string) => html.match(/(?<=href=")\/_next\/static\/[^"]+(?=")/g) ?? [];
const firstPublication = path.resolve(buildFolders.publication);

/**
 * A copy of the publication as a later build would write it: the same pages naming a stylesheet of
 * another name (the same rules; what matters is that the name changes, as a new hash does).
 */
function laterBuild(folder: string, name: string): string {
  const copy = path.join(folder, name);
  cpSync(firstPublication, copy, { recursive: true });
  const old = stylesheetOf(readFileSync(path.join(copy, 'index.html'), 'utf8'))!;
  const renamed = old.replace(/\.css$/, `-${name}.css`);
  cpSync(path.join(copy, old), path.join(copy, renamed));
  for (const file of readdirSync(copy, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const page = path.join(copy, file);
    writeFileSync(page, readFileSync(page, 'utf8').replaceAll(old, renamed));
    // Without its stale compressed twins, nginx sends the changed page itself.
    for (const twin of ['.br', '.gz']) rmSync(`${page}${twin}`, { force: true });
  }
  return copy;
}

/**
 * Readers at work: each loads page after page, and each page's stylesheet and fonts, as a browser
 * would, until stopped; every answer but a 200 is a failure.
 */
function readers(count: number, pages: readonly string[]) {
  let running = true;
  let requests = 0;
  const failures: string[] = [];
  const get = async (address: string) => {
    requests += 1;
    try {
      const response = await fetch(`${origin}${address}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
      const body = await response.text();
      if (response.status !== 200) failures.push(`${address}: ${response.status}`);
      return body;
    } catch (error) {
      failures.push(`${address}: ${String(error)}`);
      return '';
    }
  };
  const reader = async (first: number) => {
    for (let visit = first; running; visit += 1)
      for (const asset of assetsOf(await get(pages[visit % pages.length]!))) await get(asset);
  };
  const all = Array.from({ length: count }, (_, index) => reader(index));
  return {
    requests: () => requests,
    stop: async () => {
      running = false;
      await Promise.all(all);
      return { requests, failures };
    },
  };
}

test.describe('releases behind the shipped nginx', () => {
  test.describe.configure({ mode: 'serial' });
  let folder: string;
  let root: string;
  let nginx: ChildProcess;
  let nginxOutput = '';

  const frontPage = async () =>
    (await fetch(`${origin}/`, { headers: { 'Accept-Encoding': 'identity' } })).text();

  test.beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'persondata-release-'));
    // nginx's workers run as an unprivileged user, who must reach the releases.
    chmodSync(folder, 0o755);
    root = path.join(folder, 'srv');
    release(root, firstPublication, { kept: 3 });
    nginx = spawn('bash', ['deploy/nginx/serve-local.sh', path.join(root, 'current'), String(releasePort)], {
      detached: true,
      env: { ...process.env, NGINX_WORK_DIR: path.join(folder, 'nginx') },
    });
    nginx.stderr!.on('data', (chunk: Buffer) => (nginxOutput += chunk.toString()));
    await expect(async () => expect((await fetch(origin)).status).toBe(200)).toPass({ timeout: 60_000 });
  });

  /** Stops nginx gracefully: its workers finish every request, and every log line, first. */
  const stopNginx = async () => {
    if (nginx.exitCode !== null || nginx.signalCode !== null) return;
    const stopped = new Promise((resolve) => nginx.once('exit', resolve));
    process.kill(-nginx.pid!, 'SIGQUIT');
    await stopped;
  };

  test.afterAll(async () => {
    await stopNginx();
    rmSync(folder, { recursive: true, force: true });
  });

  test('two releases and two rollbacks under load fail no request, and old stylesheets stay', async () => {
    test.setTimeout(180_000);
    const first = stylesheetOf(readFileSync(path.join(firstPublication, 'index.html'), 'utf8'))!;
    const builds = ['second', 'third'].map((name) => laterBuild(folder, name));
    const load = readers(
      32,
      onePagePerType.map((page) => page.path),
    );
    await expect.poll(load.requests).toBeGreaterThan(100);

    const stylesheets = [first];
    for (const build of builds) {
      release(root, build, { kept: 3 });
      const expected = stylesheetOf(readFileSync(path.join(build, 'index.html'), 'utf8'))!;
      await expect.poll(async () => stylesheetOf(await frontPage()), { timeout: 60_000 }).toBe(expected);
      stylesheets.push(expected);
      // Pages readers fetched before the release keep their stylesheet.
      for (const stylesheet of stylesheets)
        expect((await fetch(`${origin}${stylesheet}`)).status, stylesheet).toBe(200);
    }
    rollback(root);
    rollback(root);
    await expect
      .poll(frontPage, { timeout: 60_000 })
      .toBe(readFileSync(path.join(firstPublication, 'index.html'), 'utf8'));
    for (const stylesheet of stylesheets)
      expect((await fetch(`${origin}${stylesheet}`)).status, stylesheet).toBe(200);

    const { requests, failures } = await load.stop();
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(100);
  });

  test('nginx keeps no record of readers: no access log, no address in the error log', async () => {
    for (const address of [
      '/',
      '/findes-ikke',
      '/_next/static/chunks/findes-ikke.css',
      '/oversigt/',
      accessibilityStatementPath,
    ])
      expect((await fetch(`${origin}${address}`, { redirect: 'manual' })).status, address).toBeLessThan(500);
    await stopNginx();
    // serve-local.sh keeps an access log at http level, as Debian's nginx.conf does: only the shipped
    // configuration keeps it empty.
    expect(readFileSync(path.join(folder, 'nginx/access.log'), 'utf8')).toBe('');
    expect(nginxOutput).not.toContain('127.0.0.1');
    expect(nginxOutput).not.toContain('findes-ikke');
  });
});
