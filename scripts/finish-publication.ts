/**
 * npm run build, last step — turns Next.js's static export in out/ into the publication: moves the
 * source language's pages from out/da/ to the root (Next.js writes each language under its code, see
 * src/app/[lang]/), checks that every address of the route table was written, drops the framework's JavaScript and data files and the
 * second copy of the 404 page (content pages then carry no script at all), removes the CSS no page
 * uses, cuts the fonts to the characters the publication shows, indexes the pages for search, puts soft
 * hyphens in the long words of the page titles, and writes every text file pre-compressed (gzip and brotli).
 * Each artefact is written once, here.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { buildFolders, contentLabel, contentRoot } from '../src/config/environment';
import { sourceLanguage } from '../src/config/languages';
import { routeTable } from '../src/config/routes';
import { loadProjectContent } from '../src/lib/content/load';
import { readNoticeVersions } from '../src/lib/content/notice-versions';
import { charactersOf, fontSubset } from './lib/font-subset';
import { softHyphen, withHyphenatedTitle } from './lib/hyphenation';
import {
  fingerprintedName,
  isFrameworkDataFile,
  publishedFileOf,
  withoutFrameworkScripts,
} from './lib/publication';
import { withoutUnusedCss } from './lib/unused-css';

const publication = path.resolve(buildFolders.publication);
const compressible = /\.(html|css|js|mjs|json|jsonld|xml|txt|svg|webmanifest)$/;

const files = () =>
  readdirSync(publication, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(publication, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );

// The framework's own 404 page knows nothing of the site; the site's (src/app/[lang]/404) takes its place.
for (const file of ['404.html', '_not-found.html', '_not-found.txt', '_not-found']) {
  rmSync(path.join(publication, file), { recursive: true, force: true });
}
const sourceFolder = path.join(publication, sourceLanguage);
for (const file of files().filter((name) => name.startsWith(`${sourceLanguage}/`))) {
  const target = path.join(publication, file.slice(sourceLanguage.length + 1));
  mkdirSync(path.dirname(target), { recursive: true });
  renameSync(path.join(publication, file), target);
}
rmSync(sourceFolder, { recursive: true });
for (const extension of ['html', 'txt']) {
  renameSync(
    path.join(publication, `${sourceLanguage}.${extension}`),
    path.join(publication, `index.${extension}`),
  );
}

const written = new Set(files());
const content = loadProjectContent();
// The notices' past versions are made from the published branch's history, not from the route table:
// the log says where from and how many, or why there are none (a shallow clone).
const { report } = readNoticeVersions(
  contentRoot(),
  contentLabel,
  content.authorities.flatMap((authority) => authority.notices),
  { authorities: content.authorities.map((authority) => authority.slug) },
);
for (const line of report) console.log(line);
const missing = routeTable(content)
  .map(publishedFileOf)
  .filter((file) => !written.has(file));
if (missing.length > 0) {
  console.error(
    `The export lacks addresses of the route table:\n${missing.map((file) => `  ${file}`).join('\n')}`,
  );
  process.exit(1);
}

const html = new Set([...written].filter((file) => file.endsWith('.html')));
let removed = 0;
for (const file of written) {
  const frameworkCode = file.startsWith('_next/') && file.endsWith('.js');
  if (frameworkCode || isFrameworkDataFile(file, html)) {
    rmSync(path.join(publication, file));
    removed += 1;
  }
}
const read = (file: string) => readFileSync(path.join(publication, file), 'utf8');
const pages = new Map([...html].map((file) => [file, withoutFrameworkScripts(read(file))]));

const siteScripts = [...written]
  .filter((file) => file.endsWith('.js') && !file.startsWith('_next/'))
  .map(read);
const stylesheets = [...written].filter((file) => file.startsWith('_next/') && file.endsWith('.css'));

// The fonts keep only the glyphs the finished pages and the stylesheets show (and what readers type).
// The titles' soft hyphens, put in after the search index below, are characters of the pages too.
const characters = charactersOf([...pages.values()], stylesheets.map(read)) + softHyphen;
const fontNames = new Map<string, string>();
for (const font of [...written].filter((file) => file.startsWith('_next/') && file.endsWith('.woff2'))) {
  const original = readFileSync(path.join(publication, font));
  const subset = await fontSubset(original, characters);
  const renamed = fingerprintedName(font, subset);
  writeFileSync(path.join(publication, renamed), subset);
  rmSync(path.join(publication, font));
  fontNames.set(path.posix.basename(font), path.posix.basename(renamed));
  console.log(
    `${renamed}: ${original.length} → ${subset.length} bytes, ${[...characters].length} characters.`,
  );
}
/** The text with the fonts' new names: the stylesheet names them relatively, the pages' preloads absolutely. */
const withSubsetFonts = (text: string) =>
  [...fontNames].reduce((result, [from, to]) => result.replaceAll(`/${from}`, `/${to}`), text);
for (const [file, page] of pages) pages.set(file, withSubsetFonts(page));

// The stylesheet keeps only what the finished pages and the site's own scripts (/soeg.js) can use.
for (const stylesheet of stylesheets) {
  const original = withSubsetFonts(read(stylesheet));
  const css = await withoutUnusedCss(original, [...pages.values()], siteScripts);
  const renamed = fingerprintedName(stylesheet, css);
  writeFileSync(path.join(publication, renamed), css);
  rmSync(path.join(publication, stylesheet));
  console.log(`${renamed}: ${original.length} → ${css.length} bytes without the rules no page uses.`);
  for (const [file, page] of pages) pages.set(file, page.replaceAll(`/${stylesheet}`, `/${renamed}`));
}
for (const [file, page] of pages) writeFileSync(path.join(publication, file), page);

// The search index is built from the finished pages, so its excerpts match what readers see.
execFileSync('npx', ['pagefind', '--site', publication, '--quiet'], { stdio: 'inherit' });

// The titles' soft hyphens come after the index, so its titles and excerpts stay the words themselves.
for (const [file, page] of pages) writeFileSync(path.join(publication, file), withHyphenatedTitle(page));

let compressed = 0;
for (const file of files()) {
  if (!compressible.test(file)) continue;
  const absolute = path.join(publication, file);
  const content = readFileSync(absolute);
  writeFileSync(`${absolute}.gz`, gzipSync(content, { level: 9 }));
  writeFileSync(
    `${absolute}.br`,
    brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  compressed += 1;
}
console.log(
  `Publication in ${buildFolders.publication}/: ${html.size} pages without framework scripts, ${removed} framework files removed, ${compressed} files pre-compressed.`,
);
