/**
 * npm run check:links — after `npm run build`: every internal link and #anchor in the published pages
 * must resolve to a page (and an element id on it), a published file (feed, data, asset, search index)
 * or a redirect. Exits 1 and lists each broken link otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { buildFolders } from '../src/config/environment';
import { redirects } from '../src/config/redirects';
import { site } from '../src/config/site';
import { brokenLinks, linksOf, type PageLinks } from './lib/link-check';

const publication = path.resolve(buildFolders.publication);

const files = readdirSync(publication, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) =>
    path.relative(publication, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
  );

const pages = new Map<string, PageLinks>();
const resources = new Set<string>(redirects.map((redirect) => redirect.source));
for (const file of files) {
  if (file.endsWith('.html')) {
    const name = file.slice(0, -'.html'.length);
    pages.set(
      name === 'index' ? '/' : `/${name}`,
      linksOf(readFileSync(path.join(publication, file), 'utf8')),
    );
  } else if (!/\.(br|gz)$/.test(file)) {
    resources.add(`/${file}`);
  }
}

const problems = brokenLinks({ pages, resources, origin: new URL(site.url).origin });
if (problems.length > 0) {
  console.error(
    `${problems.length} broken internal link(s):\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`Links OK: ${pages.size} pages, every internal link and anchor resolves.`);
