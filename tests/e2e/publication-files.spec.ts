import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';
import fontverter from 'fontverter';

import { generatedTextOf, shownTextOf } from '../../scripts/lib/font-subset';
import { codePointsOf } from '../../scripts/lib/font-tables';
import { publishedFileOf } from '../../scripts/lib/publication';
import { buildFolders } from '../../src/config/environment';
import { feedRoutes, localePath, noticePath, openDataIndexPath, versionPath } from '../../src/config/routes';
import { absoluteUrl, site } from '../../src/config/site';
import { listChanges, type NoticeChange } from '../../src/lib/changes';
import { isReadable } from '../../src/lib/content/notice-versions';
import { dpvNamespace } from '../../src/lib/open-data/dpv';
import { openDataJsonSchema, type AuthorityExport, type OpenDataIndex } from '../../src/lib/open-data/schema';
import { pageDates } from '../../src/lib/page-dates';
import { contentIn } from '../../src/lib/site-content/localize';
import { organizationData } from '../../src/lib/structured-data';
import type { JsonLdNode } from './json-ld';
import { content, pages, routes, scriptOfRoute, versionsOf } from './site-content';

// The publication's files as `npm run build` wrote them to out/, read from disk: what the HTML, the
// feeds and the data say does not depend on the server (publication.spec.ts checks how it is served).

const folder = buildFolders.publication;
/** A file of the publication, by its path under out/ ("index.html", "/aendringer/alle.xml"). */
const published = (file: string) => readFileSync(path.join(folder, file), 'utf8');
const htmlOf = (page: (typeof pages)[number]) => published(publishedFileOf(page));
const filesOfPublication = () => readdirSync(folder, { recursive: true, encoding: 'utf8' });

test('no page carries the framework’s scripts; only the search and letter pages keep their own', () => {
  for (const page of pages) {
    const html = htmlOf(page);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    const script = scriptOfRoute.get(page.path);
    const allowed = script ? [`<script type="module" src="${script}">`] : [];
    expect
      .soft(
        scripts.filter((tag) => !tag.includes('application/ld+json')),
        page.path,
      )
      .toEqual(allowed);
    expect
      .soft(html, page.path)
      .not.toMatch(/rel="(modulepreload|preload)"[^>]*as="script"|_next\/static\/[^"]*\.js|self\.__next_f/);
  }
});

test('every page has its own title and description', () => {
  const seen = new Map<string, string>();
  for (const page of pages) {
    const html = htmlOf(page);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
    expect.soft(title, `${page.path} has a title`).toBeTruthy();
    expect.soft(description, `${page.path} has a description`).toBeTruthy();
    for (const [kind, value] of [
      ['title', title],
      ['description', description],
    ] as const) {
      expect.soft(seen.get(`${kind}:${value}`), `${page.path}: this ${kind} is already used`).toBeUndefined();
      seen.set(`${kind}:${value}`, page.path);
    }
  }
});

test('every page’s title and h1 start with a capital, in every language, whatever name they begin with', () => {
  const textOf = (html: string | undefined) => html?.replace(/<[^>]*>/g, '').trim() ?? '';
  for (const page of pages) {
    const html = htmlOf(page);
    const title = textOf(/<title>([^<]*)<\/title>/.exec(html)?.[1]);
    const h1 = textOf(/<h1\b[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]);
    expect.soft(title, `${page.path}: <title>`).toMatch(/^[^\p{Ll}]/u);
    expect.soft(h1, `${page.path}: h1`).toMatch(/^[^\p{Ll}]/u);
  }
});

test('the front page’s title says what the site is and names the ministry', () => {
  const title = /<title>([^<]*)<\/title>/.exec(published('index.html'))?.[1];
  expect(title).toMatch(new RegExp(`^${site.name} – .*${site.publisher.name}`));
});

test('each hub describes its authority as a GovernmentOrganization with its contact points', () => {
  for (const page of pages) {
    if (page.type !== 'authority' || page.language !== 'da') continue;
    const graphs = [...htmlOf(page).matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
      ([, json]) => JSON.parse(json!) as JsonLdNode,
    );
    expect
      .soft(
        graphs.find((data) => data['@type'] === 'GovernmentOrganization'),
        page.path,
      )
      .toEqual(organizationData(page.authority));
  }
});

test('the sitemap lists every page in every language with its twins and the date of its content', () => {
  const sitemap = published('sitemap.xml');
  const dates = pageDates(content);
  expect(sitemap.match(/<url>/g)).toHaveLength(routes.length);
  for (const { path, sourcePath } of pages) {
    const modified = dates.get(sourcePath)?.modified;
    const twins = ['da', 'en', 'x-default'].map(
      (code) =>
        `<xhtml:link rel="alternate" hreflang="${code}" href="${absoluteUrl(localePath(code === 'x-default' ? 'da' : code, sourcePath))}" />`,
    );
    const entry = [
      `<loc>${absoluteUrl(path)}</loc>`,
      ...twins,
      modified ? `<lastmod>${modified}</lastmod>` : '</url>',
    ].join('\n');
    expect.soft(sitemap, path).toContain(entry);
  }
});

test('robots.txt allows everything and points to the sitemap', () => {
  const robots = published('robots.txt');
  expect(robots).toContain('Allow: /');
  expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
});

/** The page of the notice's version a change made: the first past version with as many notes of its date; else the notice. */
function versionAnnounced(change: NoticeChange) {
  const notice = content.authorities
    .find((authority) => authority.slug === change.authority.slug)!
    .notices.find((candidate) => noticePath(candidate.authority, candidate.slug) === change.path)!;
  const sameDay = Number(change.key.split('/').at(-1));
  const first = versionsOf(notice).find(
    (version) =>
      !isReadable(version) ||
      version.notice.changes.filter((own) => own.date === change.date).length >= sameDay,
  );
  return first && isReadable(first) ? versionPath(notice.authority, notice.slug, first.date) : change.path;
}

for (const feed of feedRoutes(content)) {
  test(`the Atom feed ${feed.path} is well-formed Atom in ${feed.language} with every change`, async ({
    page,
  }) => {
    const changes = listChanges(contentIn(content, feed.language), feed.authority);
    // The browser's XML parser, on a blank page: the feed is read from disk.
    const checked = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const atom = 'http://www.w3.org/2005/Atom';
        const text = (parent: Element, name: string) =>
          parent.getElementsByTagNameNS(atom, name)[0]?.textContent ?? null;
        const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
        const feedElement = doc.documentElement;
        const entries = [...feedElement.getElementsByTagNameNS(atom, 'entry')];
        return {
          parseError: doc.getElementsByTagName('parsererror').length > 0,
          root: `${feedElement.namespaceURI} ${feedElement.localName}`,
          language: feedElement.getAttribute('xml:lang'),
          entryTitles: entries.map((entry) => text(entry, 'title')),
          entryLinks: entries.map((entry) =>
            entry.querySelector('link[rel="alternate"]')?.getAttribute('href'),
          ),
          feedHasRequired: ['id', 'title', 'updated', 'author'].every((name) => text(feedElement, name)),
          feedUpdatedValid: rfc3339.test(text(feedElement, 'updated') ?? ''),
          selfLink: feedElement.querySelector('link[rel="self"]')?.getAttribute('href'),
          entryIds: entries.map((entry) => text(entry, 'id')),
          entriesValid: entries.every(
            (entry) =>
              text(entry, 'title') &&
              rfc3339.test(text(entry, 'updated') ?? '') &&
              entry.querySelector('link[rel="alternate"]') &&
              text(entry, 'summary'),
          ),
        };
      },
      published(publishedFileOf(feed)),
    );
    expect(checked).toMatchObject({
      parseError: false,
      root: 'http://www.w3.org/2005/Atom feed',
      language: feed.language,
      feedHasRequired: true,
      feedUpdatedValid: true,
      selfLink: absoluteUrl(feed.path),
      entriesValid: true,
    });
    expect(checked.entryIds).toHaveLength(changes.length);
    expect(checked.entryTitles).toEqual(
      changes.map((change) => `${change.noticeTitle} (${change.authority.name})`),
    );
    expect(checked.entryLinks).toEqual(
      changes.map((change) => absoluteUrl(localePath(feed.language, versionAnnounced(change)))),
    );
    expect(new Set(checked.entryIds).size).toBe(changes.length);
  });
}

test('the open data index leads to a JSON and a JSON-LD document per authority', () => {
  const fileOf = (url: string) => new URL(url).pathname;
  const index = JSON.parse(published(openDataIndexPath)) as OpenDataIndex;
  expect(index.authorities.map((authority) => authority.id)).toEqual(
    content.authorities.map((authority) => authority.slug),
  );
  for (const authority of index.authorities) {
    expect((JSON.parse(published(fileOf(authority.data))) as AuthorityExport).processing).toHaveLength(
      content.authorities.find((candidate) => candidate.slug === authority.id)!.notices.length,
    );
    const linked = JSON.parse(published(fileOf(authority.jsonLd))) as { '@context': { dpv?: string } };
    expect(linked['@context'].dpv).toBe(dpvNamespace);
  }
  expect(JSON.parse(published(fileOf(index.schema)))).toEqual(openDataJsonSchema(index.schema));
});

test('the publication has nothing of the preview: no editor bar, problem notice or list of problems', () => {
  const htmlFiles = filesOfPublication().filter((file) => file.endsWith('.html'));
  expect(htmlFiles.length).toBeGreaterThan(routes.length);
  expect(htmlFiles.filter((file) => file.includes('forhaandsvisning'))).toEqual([]);
  for (const file of htmlFiles)
    expect.soft(published(file), file).not.toMatch(/data-preview|editor-bar|preview-notice/);
});

test('the publication has no web editor: no /admin, no draft page and no Decap CMS code', () => {
  const files = filesOfPublication();
  expect(files.filter((file) => /(^|\/)(admin|kladde)(\/|\.|$)/.test(file))).toEqual([]);
  const code = files.filter((file) => /\.(js|html)$/.test(file));
  expect(code.length).toBeGreaterThan(routes.length);
  for (const file of code) expect.soft(published(file), file).not.toMatch(/decap-cms|DecapCms|netlify-cms/i);
});

/** The characters of each font the published stylesheet names, by its file under out/. */
async function publishedFonts() {
  const stylesheets = filesOfPublication().filter((file) => /^_next\/.*\.css$/.test(file));
  const css = stylesheets.map(published).join('\n');
  const files = [...css.matchAll(/url\(\.\.\/media\/([^)]+\.woff2)\)/g)].map(
    ([, name]) => `_next/static/media/${name}`,
  );
  const fonts = new Map<string, Set<number>>();
  for (const file of files) {
    fonts.set(
      file,
      codePointsOf(await fontverter.convert(readFileSync(path.join(folder, file)), 'truetype')),
    );
  }
  return { css, fonts };
}

test('every character on every page is in the published fonts, or is one IBM Plex Sans has no glyph for', async () => {
  const { css, fonts } = await publishedFonts();
  expect(fonts.size).toBeGreaterThan(0);
  // The fonts next/font is given (src/config/font.ts) are the whole fonts the build cuts.
  const sources = [...readFileSync('src/config/font.ts', 'utf8').matchAll(/path: '([^']+)'/g)].map(
    ([, file]) => path.resolve('src/config', file!),
  );
  expect(sources.length).toBe(fonts.size);
  const plex = new Set<number>();
  for (const source of sources) {
    for (const point of codePointsOf(await fontverter.convert(readFileSync(source), 'truetype')))
      plex.add(point);
  }
  const missing = new Map<string, string>();
  const htmlFiles = filesOfPublication().filter((file) => file.endsWith('.html'));
  for (const file of htmlFiles) {
    for (const character of shownTextOf(published(file)) + generatedTextOf(css)) {
      const point = character.codePointAt(0)!;
      if (character < ' ' || !plex.has(point)) continue;
      for (const [font, points] of fonts) {
        if (!points.has(point)) missing.set(`${character} (U+${point.toString(16)}) in ${font}`, file);
      }
    }
  }
  expect([...missing].map(([what, file]) => `${what}, shown on ${file}`)).toEqual([]);
});

test('every page preloads only fonts its stylesheet names, and each of them is published', async () => {
  const { fonts } = await publishedFonts();
  for (const font of fonts.keys()) expect(existsSync(path.join(folder, font)), font).toBe(true);
  for (const page of pages) {
    const preloads = [...htmlOf(page).matchAll(/<link rel="preload" href="\/([^"]+)" as="font"/g)].map(
      ([, file]) => file,
    );
    expect.soft(preloads.length, page.path).toBeGreaterThan(0);
    for (const file of preloads) expect.soft([...fonts.keys()], page.path).toContain(file);
  }
});
