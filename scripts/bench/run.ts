/**
 * npm run bench — measures what the issue asks of the production output and writes
 * reports/bench/report.json and report.md. Not part of npm test: it takes several minutes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';

import { buildFolders } from '../../src/config/environment';
import { authorityPath, noticePath, pagePaths } from '../../src/config/routes';
import { checkContent } from '../../src/lib/content/check';
import { loadContent, loadProjectContent } from '../../src/lib/content/load';
import { today } from '../../src/lib/dates';
import { generateContent } from './generate-content';
import { lighthouseScores } from './lighthouse';
import { addSizes, noBytes, sizesOf, startServer, stopServer, timed, treeMemory } from './measure';
import { formatReport, type Report } from './report';

const ports = { nginx: 3301, plain: 3302 };
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

async function throughput(url: string, connections: number, duration: number, compressed: boolean) {
  const result = await autocannon({
    url,
    connections,
    duration,
    headers: compressed ? { 'accept-encoding': 'br, gzip' } : {},
  });
  return {
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    bytesPerRequest: Math.round(result.throughput.average / Math.max(result.requests.average, 1)),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** A long run under load, sampling the server's memory every second. */
async function load(url: string, pid: number) {
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(treeMemory(pid) / 1024), 1000);
  const result = await throughput(url, 100, 60, true);
  clearInterval(sampler);
  return {
    ...result,
    memoryMiB: { first: samples[0] ?? 0, max: Math.max(...samples), last: samples.at(-1) ?? 0 },
  };
}

async function main() {
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
    console.log('Measuring serving (2 × 10 s)…');
    const serving = {
      nginxOurs: await throughput(`${origin(ports.nginx)}${pages.notice}`, 50, 10, true),
      nginxPlain: await throughput(`${origin(ports.plain)}${pages.notice}.html`, 50, 10, false),
    };
    console.log('Load: 60 s at 100 connections…');
    const loadRuns = {
      nginxOurs: await load(`${origin(ports.nginx)}${pages.notice}`, nginx.pid!),
    };
    stopServer(nginx);
    stopServer(plain);

    console.log('Building the real content and generated sets of 100 and 1,000 notices…');
    let checkContent1000 = 0;
    for (const count of [noticesOf.length, 100, 1000]) {
      const root = generateContent(count, noticesOf);
      // Next.js wants the export folder inside the project.
      const outDir = path.resolve('reports/bench', `out-${count}`);
      if (count === 1000) {
        const started = performance.now();
        checkContent(root, 'content', { today: today() });
        checkContent1000 = (performance.now() - started) / 1000;
      }
      const env = { SITE_URL: origin(ports.nginx), PERSONDATA_CONTENT_DIR: root, PERSONDATA_OUT_DIR: outDir };
      const run = await timed('npx', ['next', 'build'], env);
      const finish = await timed('npx', ['tsx', 'scripts/finish-publication.ts'], env);
      const pageCount = pagePaths(loadContent(root)).length;
      rmSync(outDir, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
      const name = count === noticesOf.length ? 'real' : String(count);
      builds[name] = {
        notices: count,
        pages: pageCount,
        ...run,
        secondsPerPage: run.seconds / pageCount,
        finishSeconds: finish.seconds,
        finishSecondsPerPage: finish.seconds / pageCount,
      };
    }

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
      load: loadRuns,
      builds,
      checkContent1000Seconds: checkContent1000,
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
