/**
 * npm run bench — measures what the issue asks of the production output and writes
 * reports/bench/report.json and report.md. Not part of npm test: it takes several minutes.
 */
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { benchSoakSeconds, buildFolders } from '../../src/config/environment';
import { languages } from '../../src/config/languages';
import { authorityPath, noticePath, pagePaths } from '../../src/config/routes';
import { loadContent, loadProjectContent } from '../../src/lib/content/load';
import { release } from '../lib/release';
import { timeGeneratedContentCheck, timeProjectContentCheck } from './content-check';
import { generateContent } from './generate-content';
import { lighthouseScores } from './lighthouse';
import { addSizes, noBytes, sizesOf, startServer, stopServer, timed } from './measure';
import { formatReport, type Report } from './report';
import { compareServing } from './serving';
import { soak, unreadableFolder } from './soak';
import { contentWithVersions, versionsReadingCosts } from './versions';
import { requireWrk } from './wrk';

// From PORT, so benchmarks of two checkouts on one machine do not meet; serve-local.sh also takes the
// two ports after each server's own (its TLS and redirecting servers).
const base = Number(process.env.PORT ?? 3300);
const ports = { nginx: base + 1, plain: base + 2, releases: base + 11 };
const origin = (port: number) => `http://127.0.0.1:${port}`;
const content = loadProjectContent();
const authority = content.authorities.find((candidate) => candidate.notices.length > 0)!;
const pages = {
  front: '/',
  hub: authorityPath(authority.slug),
  notice: noticePath(authority.slug, authority.notices[0]!.slug),
};

async function body(url: string): Promise<Buffer> {
  return Buffer.from(await (await fetch(url, { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer());
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The bytes a first and a repeat visit of a page cost, by kind, as a browser would load them. */
async function pageBytes(base: string, page: string) {
  const html = await body(`${base}${page}`);
  const tags = html.toString('utf8').match(/<(script|link)\b[^>]*>/g) ?? [];
  const assets = { css: [] as string[], js: [] as string[], fonts: [] as string[] };
  for (const tag of tags) {
    const rel = attribute(tag, 'rel');
    if (tag.startsWith('<script') && attribute(tag, 'src')) assets.js.push(attribute(tag, 'src')!);
    if (rel === 'stylesheet') assets.css.push(attribute(tag, 'href')!);
  }
  // Every font the stylesheets name, preloaded or not: each page shows both weights.
  for (const stylesheet of assets.css) {
    const css = (await body(`${base}${stylesheet}`)).toString('utf8');
    for (const [, font] of css.matchAll(/url\(([^)]+\.woff2)\)/g)) {
      assets.fonts.push(new URL(font!, `${base}${stylesheet}`).pathname);
    }
  }
  const total = async (urls: string[]) => {
    let sum = noBytes;
    for (const url of new Set(urls)) sum = addSizes(sum, sizesOf(await body(`${base}${url}`)));
    return sum;
  };
  const bytes = {
    html: sizesOf(html),
    css: await total(assets.css),
    js: await total(assets.js),
    fonts: await total(assets.fonts),
  };
  const firstVisit = [bytes.html, bytes.css, bytes.js, bytes.fonts].reduce(addSizes, noBytes);
  // Fingerprinted assets are cached; a repeat visit fetches the page again.
  return { ...bytes, firstVisit, repeatVisit: bytes.html, scripts: assets.js.length };
}

/** The hashed assets a page of the publication names: its stylesheet and the fonts it preloads. */
const assetsOf = (page: string) =>
  readFileSync(path.join(buildFolders.publication, `${page}.html`), 'utf8').match(
    /(?<=href=")\/_next\/static\/[^"]+(?=")/g,
  ) ?? [];

async function main() {
  requireWrk();
  const builds: Report['builds'] = {};
  const noticesOf = content.authorities.flatMap((item) =>
    item.notices.map((notice) => ({ authority: item.slug, slug: notice.slug })),
  );
  console.log('Building the publication…');
  // Canonical addresses name the server Lighthouse reaches, as they would in production.
  await timed('npm', ['run', 'build'], { SITE_URL: origin(ports.nginx) });

  console.log('Starting nginx (ours) and nginx (plain)…');
  const nginx = await startServer(
    'bash',
    ['deploy/nginx/serve-local.sh', buildFolders.publication, String(ports.nginx)],
    origin(ports.nginx),
    { NGINX_WORKERS: '2' },
  );
  const plain = await startServer(
    'bash',
    ['deploy/nginx/serve-local.sh', buildFolders.publication, String(ports.plain), 'plain'],
    origin(ports.plain),
    { NGINX_WORKERS: '2' },
  );
  try {
    console.log('Measuring page bytes…');
    const bytes: Record<string, Record<string, Awaited<ReturnType<typeof pageBytes>>>> = {};
    for (const [name, page] of Object.entries(pages)) {
      bytes[name] = { publication: await pageBytes(origin(ports.nginx), page) };
    }
    console.log('Lighthouse (mobile) on the publication…');
    const lighthouse = await lighthouseScores(
      Object.fromEntries(
        Object.entries(pages).map(([name, page]) => [name, `${origin(ports.nginx)}${page}`]),
      ),
    );
    console.log('Serving: ours and plain nginx alternating, 5 × 2 × 10 s…');
    const serving = compareServing(
      { origin: origin(ports.nginx), path: pages.notice, pid: nginx.pid! },
      { origin: origin(ports.plain), path: `${pages.notice}.html`, pid: plain.pid! },
      { rounds: 5, seconds: 10, connections: 32 },
    );
    stopServer(nginx);
    stopServer(plain);

    // The soak serves a release, as production does: nginx's root is the link npm run release switches.
    const releases = path.resolve('reports/bench/releases');
    rmSync(releases, { recursive: true, force: true });
    release(releases, buildFolders.publication, { kept: 3 });
    const released = await startServer(
      'bash',
      ['deploy/nginx/serve-local.sh', path.join(releases, 'current'), String(ports.releases)],
      origin(ports.releases),
      { NGINX_WORKERS: '2' },
    );
    const soakPaths = [...Object.values(pages), ...assetsOf(pages.notice)];
    let soakRun: Report['soak'];
    let fault: Report['fault'];
    try {
      console.log(`Soak: ${benchSoakSeconds} s at 64 connections (PERSONDATA_BENCH_SOAK_SECONDS)…`);
      const server = { origin: origin(ports.releases), pid: released.pid! };
      soakRun = soak(server, soakPaths, { seconds: benchSoakSeconds, connections: 64 });
      console.log('Fault: the release folder unreadable for a moment…');
      fault = await unreadableFolder(server, realpathSync(path.join(releases, 'current')), soakPaths);
    } finally {
      stopServer(released);
    }
    rmSync(releases, { recursive: true, force: true });

    /** Builds the content in `root` into a scratch folder: the build's and its finishing step's cost. */
    const buildCost = async (root: string, outName: string, notices: number, extraPages = 0) => {
      // Next.js wants the export folder inside the project, and joins even an absolute one to it.
      const outDir = path.join('reports/bench', `out-${outName}`);
      const env = { SITE_URL: origin(ports.nginx), PERSONDATA_CONTENT_DIR: root, PERSONDATA_OUT_DIR: outDir };
      const run = await timed('npx', ['next', 'build'], env);
      const finish = await timed('npx', ['tsx', 'scripts/finish-publication.ts'], env);
      const pageCount = pagePaths(loadContent(root)).length + extraPages;
      rmSync(outDir, { recursive: true, force: true });
      return {
        notices,
        pages: pageCount,
        ...run,
        secondsPerPage: run.seconds / pageCount,
        finishSeconds: finish.seconds,
        finishSecondsPerPage: finish.seconds / pageCount,
      };
    };

    console.log('Building the real content and generated sets of 100 and 1,000 notices…');
    for (const count of [noticesOf.length, 100, 1000]) {
      const root = generateContent(count, noticesOf);
      builds[count === noticesOf.length ? 'real' : String(count)] = await buildCost(
        root,
        String(count),
        count,
      );
      rmSync(root, { recursive: true, force: true });
    }

    console.log('Past versions: reading 41 notices × 5 and × 10 versions, and building × 10…');
    const versionReading = versionsReadingCosts([5, 10]);
    const versioned = contentWithVersions(10);
    // The route table's pages and each past version in every language.
    const versionPages = versionReading['10']!.versions * languages.length;
    builds.versions = await buildCost(versioned, 'versions', noticesOf.length, versionPages);
    rmSync(path.dirname(versioned), { recursive: true, force: true });

    console.log('The content check: the project’s content and 1,000 notices, whole and one draft…');
    const contentCheck = { real: timeProjectContentCheck(), notices1000: timeGeneratedContentCheck(1000) };

    const report: Report = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
      },
      pages,
      bytes,
      serving,
      soak: soakRun,
      fault,
      builds,
      versionReading,
      contentCheck,
      lighthouse,
    };
    mkdirSync('reports/bench', { recursive: true });
    writeFileSync('reports/bench/report.json', `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync('reports/bench/report.md', formatReport(report));
    console.log(formatReport(report));
  } finally {
    for (const server of [nginx, plain]) {
      try {
        stopServer(server);
      } catch {
        // Already stopped.
      }
    }
  }
}

await main();
