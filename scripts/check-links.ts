/**
 * npm run check:links — after `npm run build`: every internal link and #anchor in the built pages must
 * resolve to a page (and an element id on it), a generated file (feed, data, sitemap), a file in public/
 * or a configured redirect. Exits 1 and lists each broken link otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import nextConfig, { serverBuildDir } from '../next.config';
import { site } from '../src/config/site';
import { brokenLinks, linksOf, type PageLinks } from './lib/link-check';

const builtPages = path.resolve(serverBuildDir, 'server/app');
const publicFiles = path.resolve('public');
const staticAssets = path.resolve(serverBuildDir, 'static');

const filesUnder = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

// Next's own error pages are checked as sources, but nothing may link to them.
const internalPages = new Set(['_not-found', '_global-error']);

const pages = new Map<string, PageLinks>();
const resources = new Set<string>();
for (const file of filesUnder(builtPages)) {
  if (file.endsWith('.html')) {
    const name = file.slice(0, -'.html'.length);
    const address = name === 'index' ? '/' : `/${name}`;
    const links = linksOf(readFileSync(path.join(builtPages, file), 'utf8'));
    pages.set(internalPages.has(name) ? `/${name}` : address, links);
  } else if (file.endsWith('.body')) {
    resources.add(`/${file.slice(0, -'.body'.length)}`);
  }
}
for (const file of filesUnder(publicFiles)) resources.add(`/${file}`);
for (const file of filesUnder(staticAssets)) resources.add(`/_next/static/${file}`);
for (const redirect of (await nextConfig.redirects?.()) ?? []) resources.add(redirect.source);

const problems = brokenLinks({ pages, resources, origin: new URL(site.url).origin });
if (problems.length > 0) {
  console.error(
    `${problems.length} broken internal link(s):\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`Links OK: ${pages.size} pages, every internal link and anchor resolves.`);
