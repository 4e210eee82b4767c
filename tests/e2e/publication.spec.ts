import { expect, test } from '@playwright/test';

import { redirects } from '../../src/config/redirects';
import { securityHeaders } from '../../src/config/security-headers';
import { accessibilityStatementPath, searchPath } from '../../src/lib/routes';
import { publicationPort, servePort } from './servers';
import { routes, routesWithScripts } from './site-content';

// The static publication (npm run build) as nginx serves it with deploy/nginx/persondata.conf.
const publication = `http://127.0.0.1:${publicationPort}`;

for (const route of routes) {
  test(`${route}: the publication carries none of the framework's scripts`, async ({ request }) => {
    const html = await (await request.get(route)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    const allowed = routesWithScripts.includes(route) ? ['<script type="module" src="/soeg.js">'] : [];
    expect(scripts.filter((tag) => !tag.includes('application/ld+json'))).toEqual(allowed);
    expect(html).not.toMatch(
      /rel="(modulepreload|preload)"[^>]*as="script"|_next\/static\/[^"]*\.js|self\.__next_f/,
    );
  });
}

test('npm run serve answers like nginx: pages, the 404 page, redirects and the security headers', async ({
  request,
}) => {
  const serve = `http://127.0.0.1:${servePort}`;
  for (const path of [
    '/',
    routes.at(-1)!,
    '/findes-ikke',
    '/oversigt/',
    ...redirects.map(({ source }) => source),
  ]) {
    const [fromNginx, fromServe] = await Promise.all(
      [publication, serve].map((origin) => request.get(`${origin}${path}`, { maxRedirects: 0 })),
    );
    expect(fromServe!.status(), path).toBe(fromNginx!.status());
    if (fromNginx!.status() === 200) expect(await fromServe!.text(), path).toBe(await fromNginx!.text());
    for (const { key, value } of securityHeaders())
      expect(fromServe!.headers()[key.toLowerCase()], path).toBe(value);
  }
});

test('the framework JavaScript and data files are not published', async ({ request }) => {
  expect((await request.get('/index.txt')).status()).toBe(404);
  expect((await request.get('/udlaendingestyrelsen.txt')).status()).toBe(404);
  expect((await request.get('/robots.txt')).status()).toBe(200);
});

test('nginx serves pretty URLs, the 404 page, and redirects a trailing slash', async ({ request }) => {
  expect((await request.get('/oversigt')).status()).toBe(200);
  const missing = await request.get('/findes-ikke');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Siden findes ikke');
  const slash = await request.get('/oversigt/', { maxRedirects: 0 });
  expect(slash.status()).toBe(301);
  expect(slash.headers().location).toBe('/oversigt');
});

test('nginx answers the redirects of src/config/redirects.ts', async ({ request }) => {
  for (const { source, destination } of redirects) {
    const response = await request.get(source, { maxRedirects: 0 });
    expect(response.status(), source).toBe(307);
    // nginx builds the WAS address from the host it is reached by; the server from SITE_URL.
    const expected =
      source === accessibilityStatementPath
        ? `https://was.digst.dk/${new URL(publication).hostname}`
        : destination;
    expect(response.headers().location, source).toBe(expected);
  }
});

test('nginx sends pre-compressed files: brotli, else gzip, else plain', async ({ request }) => {
  const brotli = await request.get('/udlaendingestyrelsen', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(brotli.headers()['content-encoding']).toBe('br');
  expect(brotli.headers().vary).toContain('Accept-Encoding');
  const gzip = await request.get('/udlaendingestyrelsen', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get('/udlaendingestyrelsen', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  // All three decode to the same page.
  expect(await brotli.text()).toBe(await plain.text());
  expect(await gzip.text()).toBe(await plain.text());
});

test('nginx sends the publication’s security headers on pages, assets, feeds and the 404 page', async ({
  request,
  page,
}) => {
  await page.goto('/');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  for (const path of ['/', stylesheet!, '/aendringer/alle.xml', '/data/v1/index.json', '/findes-ikke']) {
    const headers = (await request.get(path)).headers();
    for (const { key, value } of securityHeaders())
      expect(headers[key.toLowerCase()], `${path} ${key}`).toBe(value);
    expect(headers['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers.server).toBe('nginx');
  }
});

test('fingerprinted assets are cached for a year, pages revalidated', async ({ request, page }) => {
  await page.goto('/');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect((await request.get(stylesheet!)).headers()['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  );
  const html = await request.get('/');
  expect(html.headers()['cache-control']).toBe('no-cache');
  const revalidated = await request.get('/', { headers: { 'If-None-Match': html.headers().etag! } });
  expect(revalidated.status()).toBe(304);
});

test('feeds and linked data are served with their media types', async ({ request }) => {
  expect((await request.get('/aendringer/alle.xml')).headers()['content-type']).toBe(
    'application/atom+xml; charset=utf-8',
  );
  expect((await request.get('/data/v1/udlaendingestyrelsen.jsonld')).headers()['content-type']).toBe(
    'application/ld+json; charset=utf-8',
  );
  expect((await request.get('/data/v1/index.json')).headers()['content-type']).toContain('application/json');
});

test('search works in the publication under its strict content security policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(searchPath);
  await page.getByLabel('Søgeord').fill('klage');
  await page.getByRole('button', { name: 'Søg' }).click();
  await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
  await page.locator('[data-search-results] li a').first().click();
  await expect(page.locator('h1')).toBeVisible();
  expect(page.url()).not.toContain('.html');
  expect(violations).toEqual([]);
});
