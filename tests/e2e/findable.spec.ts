import { expect, test } from '@playwright/test';

import {
  authorityPath,
  changesPath,
  feedRoutes,
  localePath,
  openDataIndexPath,
  openDataLdPathOf,
  purposePath,
  searchPath,
  siteFeedPath,
} from '../../src/config/routes';
import { absoluteUrl, site } from '../../src/config/site';
import { listChanges } from '../../src/lib/changes';
import { dpvNamespace } from '../../src/lib/open-data/dpv';
import { openDataJsonSchema, type AuthorityExport, type OpenDataIndex } from '../../src/lib/open-data/schema';
import { pageDates } from '../../src/lib/page-dates';
import { contentIn } from '../../src/lib/site-content/localize';
import { organizationData } from '../../src/lib/structured-data';
import type { JsonLdNode } from './json-ld';
import { content, englishContent, pages, routes } from './site-content';

const dates = pageDates(content);

const notices = content.authorities.flatMap((authority) =>
  authority.purposes.map((notice) => ({ authority, notice })),
);
// A one-word title that no other notice has, so searching for it puts the notice among the best results.
const searched = notices.find(
  ({ notice }) =>
    !notice.title.includes(' ') &&
    notices.filter((other) => other.notice.title === notice.title).length === 1,
);

test('a search from the search page finds a notice and opens it', async ({ page }) => {
  const { authority, notice } = searched!;
  await page.goto(searchPath);
  await expect(page.locator('[data-search-fallback]')).toBeHidden();
  await page.getByLabel('Søgeord').fill(notice.title);
  await page.getByRole('button', { name: 'Søg' }).click();
  const results = page.locator('[data-search-results]');
  await expect(results.getByRole('heading', { level: 2 })).toContainText(notice.title);
  const hit = results
    .getByRole('listitem')
    .filter({ hasText: authority.name })
    .getByRole('link', { name: notice.title, exact: true });
  await hit.click();
  await expect(page).toHaveURL(purposePath(authority.slug, notice.slug));
  await expect(page.locator('h1')).toHaveText(notice.title);
});

test('a search in English finds the English notice and opens it', async ({ page }) => {
  const { authority, notice } = searched!;
  const english = englishContent.authorities
    .find((candidate) => candidate.slug === authority.slug)!
    .purposes.find((candidate) => candidate.slug === notice.slug)!;
  await page.goto(localePath('en', searchPath));
  await expect(page.locator('[data-search-fallback]')).toBeHidden();
  await page.getByRole('searchbox').fill(english.title);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.locator('[data-search-results]');
  await expect(results.getByRole('heading', { level: 2 })).toContainText(english.title);
  await results.getByRole('link', { name: english.title, exact: true }).first().click();
  await expect(page).toHaveURL(localePath('en', purposePath(authority.slug, notice.slug)));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the sitemap lists every page in every language with its twins and the date of its content', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
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
    expect(sitemap).toContain(entry);
  }
});

test('robots.txt allows everything and points to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Allow: /');
  expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
});

test('/.well-known/privacy-policy leads to the front page', async ({ request }) => {
  const response = await request.get('/.well-known/privacy-policy', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe('/');
});

test('every page has its own title and description', async ({ request }) => {
  const seen = new Map<string, string>();
  for (const route of routes) {
    const html = await (await request.get(route)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
    expect(title, `${route} has a title`).toBeTruthy();
    expect(description, `${route} has a description`).toBeTruthy();
    for (const [kind, value] of [
      ['title', title!],
      ['description', description!],
    ] as const) {
      expect(seen.get(`${kind}:${value}`), `${route}: this ${kind} is already used`).toBeUndefined();
      seen.set(`${kind}:${value}`, route);
    }
  }
});

test('the front page’s title says what the site is and names the ministry', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(new RegExp(`^${site.name} – .*${site.publisher.name}`));
});

test('each hub describes its authority as a GovernmentOrganization with its contact points', async ({
  page,
}) => {
  for (const authority of content.authorities) {
    await page.goto(authorityPath(authority.slug));
    const graphs = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as JsonLdNode,
    );
    const organization = graphs.find((data) => data['@type'] === 'GovernmentOrganization');
    expect(organization).toEqual(organizationData(authority));
  }
});

const feeds = feedRoutes(content).map((route) => ({
  path: route.path,
  language: route.language,
  changes: listChanges(contentIn(content, route.language), route.authority),
}));

for (const feed of feeds) {
  test(`the Atom feed ${feed.path} is well-formed Atom in ${feed.language} with every change`, async ({
    page,
    request,
  }) => {
    const response = await request.get(feed.path);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    await page.goto('/');
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
      await response.text(),
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
    expect(checked.entryIds).toHaveLength(feed.changes.length);
    expect(checked.entryTitles).toEqual(
      feed.changes.map((change) => `${change.purposeTitle} (${change.authority.name})`),
    );
    expect(checked.entryLinks).toEqual(
      feed.changes.map((change) => absoluteUrl(localePath(feed.language, change.path))),
    );
    expect(new Set(checked.entryIds).size).toBe(feed.changes.length);
  });
}

test('the changes page lists every notice change, newest first, and links the feeds', async ({ page }) => {
  await page.goto(changesPath);
  const changes = listChanges(content);
  await expect(page.locator('.change-feed > li')).toHaveCount(changes.length);
  await expect(page.locator('.change-feed > li').first()).toContainText(changes[0]!.note);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    absoluteUrl(siteFeedPath),
  );
  await page.getByRole('main').locator(`a[href="${siteFeedPath}"]`).click();
  await expect(page).toHaveURL(siteFeedPath);
});

test('the open data index leads to a JSON and a JSON-LD document per authority', async ({ request }) => {
  const index = (await (await request.get(openDataIndexPath)).json()) as OpenDataIndex;
  expect(index.authorities.map((authority) => authority.id)).toEqual(
    content.authorities.map((authority) => authority.slug),
  );
  for (const authority of index.authorities) {
    const data = await request.get(new URL(authority.data).pathname);
    expect(data.headers()['content-type']).toContain('application/json');
    expect(((await data.json()) as AuthorityExport).processing).toHaveLength(
      content.authorities.find((candidate) => candidate.slug === authority.id)!.purposes.length,
    );
    const linked = await request.get(new URL(authority.jsonLd).pathname);
    expect(linked.headers()['content-type']).toContain('application/ld+json');
    expect(((await linked.json()) as { '@context': { dpv?: string } })['@context'].dpv).toBe(dpvNamespace);
  }
  const schema = await request.get(new URL(index.schema).pathname);
  expect(await schema.json()).toEqual(openDataJsonSchema(index.schema));
});

test('the JSON-LD’s own term is documented where its IRI leads', async ({ page, request }) => {
  const linked = await request.get(openDataLdPathOf(content.authorities[0]!.slug));
  const { '@context': context } = (await linked.json()) as { '@context': { persondata: string } };
  const term = new URL(`${context.persondata}notPublished`);
  expect(term.origin).toBe(new URL(site.url).origin);
  await page.goto(`${term.pathname}${term.hash}`);
  await expect(page.locator(term.hash)).toHaveText('persondata:notPublished');
});
