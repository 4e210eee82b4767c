import { readFileSync } from 'node:fs';
import path from 'node:path';
import { connect } from 'node:tls';

import { expect, test, type APIResponse } from '@playwright/test';

import { buildFolders } from '../../src/config/environment';
import { languages } from '../../src/config/languages';
import { redirectOf, redirects } from '../../src/config/redirects';
import {
  accessibilityStatementPath,
  localePath,
  notFoundPathFor,
  openDataIndexPath,
  openDataLdPathOf,
  openDataPathOf,
  openDataSchemaPath,
  requestPath,
  requestRightPath,
  searchPath,
  siteFeedPath,
} from '../../src/config/routes';
import { securityHeaders } from '../../src/config/security-headers';
import { httpPort, httpsPort, publicationPort, servePort } from './servers';
import { content, onePagePerType, routes, searchRoutes } from './site-content';

// The static publication (npm run build) as nginx serves it with deploy/nginx/persondata.conf: its
// HTTPS server on a plain loopback port (no HSTS there), the same server over TLS, and the HTTP server.
const publication = `http://127.0.0.1:${publicationPort}`;
const overTls = `https://127.0.0.1:${httpsPort}`;
const plainHttp = `http://127.0.0.1:${httpPort}`;
const serve = `http://127.0.0.1:${servePort}`;
/** The site's stylesheet, a fingerprinted asset, as the front page of the publication names it. */
const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(
  readFileSync(path.join(buildFolders.publication, 'index.html'), 'utf8'),
)![1]!;
/** Pagefind's web worker runs the search's WebAssembly under the policy of its own response. */
const pagefindWorker = '/pagefind/pagefind-worker.js';

/** Asserts a response carries exactly the headers of src/config/security-headers.ts for its address. */
function expectSecurityHeaders(response: APIResponse, path: string, https: boolean) {
  const headers = response.headers();
  const expected = securityHeaders({ path, https });
  for (const { key, value } of expected) expect(headers[key.toLowerCase()], `${path} ${key}`).toBe(value);
  for (const key of ['strict-transport-security', 'access-control-allow-origin'])
    if (!expected.some((header) => header.key.toLowerCase() === key))
      expect(headers[key], `${path} ${key}`).toBeUndefined();
}

/** Each redirect's source as an address: a parameter (the authority of a moved request page) filled in. */
const redirectSources = redirects.map(({ source }) =>
  source.replaceAll(/:[a-z]+/g, content.authorities[0]!.slug),
);

/** Addresses that name a file of the publication rather than a page, and where each must lead. */
const duplicates: [path: string, answer: 301 | 404, location?: string][] = [
  ['/index', 301, '/'],
  ['/index.html', 301, '/'],
  ['/oversigt.html', 301, '/oversigt'],
  [`${routes.at(-1)!}.html`, 301, routes.at(-1)!],
  ['/oversigt.html.br', 404],
  ['/oversigt.html.gz', 404],
  ['/index.html.gz', 404],
  [`${openDataIndexPath}.br`, 404],
  ['/_not-found', 404],
  ['/_not-found.html', 301, '/_not-found'],
  ['/404', 404],
  ['/404.html', 404],
];

test('npm run serve answers like nginx: pages, the 404 page, redirects, duplicates and the headers', async ({
  request,
}) => {
  for (const path of [
    '/',
    routes.at(-1)!,
    searchPath,
    pagefindWorker,
    openDataIndexPath,
    siteFeedPath,
    '/findes-ikke',
    '/en',
    '/en/oversigt/',
    '/en/findes-ikke',
    localePath('en', searchPath),
    ...redirectSources,
    ...duplicates.map(([duplicate]) => duplicate),
  ]) {
    const [fromNginx, fromServe] = await Promise.all(
      [publication, serve].map((origin) => request.get(`${origin}${path}`, { maxRedirects: 0 })),
    );
    expect(fromServe!.status(), path).toBe(fromNginx!.status());
    // nginx builds the WAS address from the host it is reached by, the server from SITE_URL.
    if (path !== accessibilityStatementPath)
      expect(fromServe!.headers().location, path).toBe(fromNginx!.headers().location);
    if (fromNginx!.status() === 200) expect(await fromServe!.text(), path).toBe(await fromNginx!.text());
    // Both speak plain HTTP here, so neither sends HSTS; a 404 carries the 404 page's headers.
    const headersOf = fromNginx!.status() === 404 ? notFoundPathFor(path) : path;
    if (fromNginx!.status() === 404) expect(await fromServe!.text(), path).toBe(await fromNginx!.text());
    expectSecurityHeaders(fromNginx!, headersOf, false);
    expectSecurityHeaders(fromServe!, headersOf, false);
  }
});

test('npm run serve answers a malformed address with 400 and goes on serving', async ({ request }) => {
  expect((await request.get(`${serve}/%E0%A4%A`)).status()).toBe(400);
  expect((await request.get(`${serve}/`)).status()).toBe(200);
});

test('the framework JavaScript and data files are not published', async ({ request }) => {
  expect((await request.get('/index.txt')).status()).toBe(404);
  expect((await request.get('/udlaendingestyrelsen.txt')).status()).toBe(404);
  expect((await request.get('/robots.txt')).status()).toBe(200);
});

test('the publication answers no address of the web editor or its drafts', async ({ request }) => {
  for (const address of ['/admin', '/admin/', '/admin/kladde', '/_forhaandsvisning/kladde/0'])
    expect((await request.get(address)).status(), address).toBe(404);
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

test('nginx serves the English pages under /en, each language’s 404 page in that language', async ({
  request,
}) => {
  expect((await request.get('/en')).status()).toBe(200);
  expect((await request.get('/en/oversigt')).status()).toBe(200);
  const missing = await request.get('/en/findes-ikke');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('<html lang="en"');
  for (const [path, location] of [
    ['/en/', '/en'],
    ['/en/oversigt/', '/en/oversigt'],
    ['/en/oversigt.html', '/en/oversigt'],
  ]) {
    const response = await request.get(path!, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(response.headers().location, path).toBe(location);
  }
  for (const path of ['/en/404', '/en/404.html']) expect((await request.get(path)).status(), path).toBe(404);
});

test('nginx answers the redirects of src/config/redirects.ts', async ({ request }) => {
  for (const source of redirectSources) {
    const { location, permanent } = redirectOf(source)!;
    const response = await request.get(source, { maxRedirects: 0 });
    expect(response.status(), source).toBe(permanent ? 301 : 307);
    // nginx builds the WAS address from the host it is reached by; the server from SITE_URL.
    const expected =
      source === accessibilityStatementPath
        ? `https://was.digst.dk/${new URL(publication).hostname}`
        : location;
    expect(response.headers().location, source).toBe(expected);
  }
});

test('the request pages’ old Danish addresses lead permanently to their Danish pages, in nginx and npm run serve', async ({
  request,
}) => {
  for (const origin of [publication, serve])
    for (const authority of content.authorities)
      for (const right of authority.requestableRights) {
        const old = `${requestPath(authority.slug)}/${right}`;
        const response = await request.get(`${origin}${old}`, { maxRedirects: 0 });
        expect(response.status(), `${origin}${old}`).toBe(301);
        expect(response.headers().location, old).toBe(requestRightPath(authority.slug, right));
        expect((await request.get(`${origin}${response.headers().location}`)).status(), old).toBe(200);
      }
});

test('nginx sends pre-compressed files: brotli, else gzip, else plain, in every language', async ({
  request,
}) => {
  for (const path of ['/udlaendingestyrelsen', '/en/udlaendingestyrelsen']) {
    const brotli = await request.get(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(brotli.headers()['content-encoding'], path).toBe('br');
    expect(brotli.headers().vary, path).toContain('Accept-Encoding');
    const gzip = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers()['content-encoding'], path).toBe('gzip');
    const plain = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    // All three decode to the same page.
    expect(await brotli.text()).toBe(await plain.text());
    expect(await gzip.text()).toBe(await plain.text());
  }
});

test('nginx sends the security headers on every page type, assets, feeds, data, redirects and errors', async ({
  request,
}) => {
  const answers: [path: string, status: number][] = [
    ...onePagePerType.map(({ path }): [string, number] => [path, 200]),
    [stylesheet, 200],
    [siteFeedPath, 200],
    [localePath('en', siteFeedPath), 200],
    [openDataIndexPath, 200],
    ['/oversigt/', 301],
    ['/index', 301],
    ...redirectSources.map((source): [string, number] => [source, redirectOf(source)!.permanent ? 301 : 307]),
    ['/findes-ikke', 404],
    ['/en/findes-ikke', 404],
    ['/_next/static/', 404],
    [`${openDataIndexPath.slice(0, -'.json'.length)}-findes-ikke.json`, 404],
  ];
  for (const [origin, https] of [
    [publication, false],
    [overTls, true],
  ] as const) {
    for (const [path, status] of answers) {
      const response = await request.get(`${origin}${path}`, { maxRedirects: 0, ignoreHTTPSErrors: true });
      expect(response.status(), `${origin}${path}`).toBe(status);
      expectSecurityHeaders(response, status === 404 ? notFoundPathFor(path) : path, https);
      expect(response.headers()['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(response.headers()['x-powered-by']).toBeUndefined();
      expect(response.headers().server).toBe('nginx');
    }
  }
});

test('only the search pages’ policy, and that of their Pagefind worker, allows WebAssembly', async ({
  request,
}) => {
  for (const path of [...onePagePerType.map((page) => page.path), pagefindWorker]) {
    const policy = (await request.get(path)).headers()['content-security-policy'];
    if (searchRoutes.includes(path) || path === pagefindWorker)
      expect(policy, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    else expect(policy, path).not.toContain('wasm-unsafe-eval');
  }
});

test('feeds and open data may be read by scripts on other sites; pages may not', async ({ request }) => {
  const authority = content.authorities[0]!.slug;
  for (const path of [siteFeedPath, openDataIndexPath, openDataSchemaPath, openDataLdPathOf(authority)])
    expect((await request.get(path)).headers()['access-control-allow-origin'], path).toBe('*');
  for (const path of ['/', `/${authority}`, '/findes-ikke'])
    expect((await request.get(path)).headers()['access-control-allow-origin'], path).toBeUndefined();
});

test('every duplicate address of a page redirects to the page or is not found', async ({ request }) => {
  for (const [path, status, location] of duplicates) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expect(response.headers().location, path).toBe(location);
  }
});

test.describe('over HTTPS', () => {
  test.use({ baseURL: overTls, ignoreHTTPSErrors: true });

  test('nginx serves the site over TLS with HTTP/2, and HSTS only there', async ({ page, request }) => {
    await page.goto('/oversigt');
    await expect(page.locator('h1')).toBeVisible();
    const protocol = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol,
    );
    expect(protocol).toBe('h2');
    expect((await request.get('/oversigt')).headers()['strict-transport-security']).toBe(
      'max-age=63072000; includeSubDomains',
    );
    expect(
      (await request.get(`${publication}/oversigt`)).headers()['strict-transport-security'],
    ).toBeUndefined();
  });

  test('plain HTTP redirects every address to HTTPS, with the security headers and without HSTS', async ({
    request,
  }) => {
    for (const path of ['/', '/oversigt?q=klage', accessibilityStatementPath]) {
      const response = await request.get(`${plainHttp}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(301);
      expect(response.headers().location, path).toBe(`${overTls}${path}`);
      expectSecurityHeaders(response, path, false);
    }
    const followed = await request.get(`${plainHttp}/oversigt`);
    expect(followed.url()).toBe(`${overTls}/oversigt`);
    expect(followed.status()).toBe(200);
  });

  test('nginx accepts TLS 1.2 with a forward-secret AEAD cipher and refuses TLS 1.1', async () => {
    const handshake = (version: 'TLSv1.1' | 'TLSv1.2') =>
      new Promise<string>((resolve) => {
        const socket = connect({
          host: '127.0.0.1',
          port: httpsPort,
          minVersion: version,
          maxVersion: version,
          // Let the client offer anything, so a refusal can only come from the server.
          ciphers: 'ALL:@SECLEVEL=0',
          rejectUnauthorized: false,
        });
        socket.on('secureConnect', () => {
          resolve(socket.getCipher().name);
          socket.end();
        });
        socket.on('error', (error: Error) => resolve(`refused: ${error.message}`));
      });
    expect(await handshake('TLSv1.2')).toMatch(
      /^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$/,
    );
    expect(await handshake('TLSv1.1')).toMatch(/^refused: .*alert protocol version/);
  });
});

test('fingerprinted assets are cached for a year, pages revalidated, errors never cached as immutable', async ({
  request,
}) => {
  expect((await request.get(stylesheet)).headers()['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  );
  for (const missing of ['/_next/static/', '/_next/static/chunks/findes-ikke.css']) {
    const response = await request.get(missing);
    expect(response.status(), missing).toBe(404);
    expect(response.headers()['cache-control'], missing).toBe('no-cache');
  }
  const html = await request.get('/');
  expect(html.headers()['cache-control']).toBe('no-cache');
  const revalidated = await request.get('/', { headers: { 'If-None-Match': html.headers().etag! } });
  expect(revalidated.status()).toBe(304);
});

test('feeds and linked data are served with their media types, the feeds in every language', async ({
  request,
}) => {
  const contentType = async (path: string) => (await request.get(path)).headers()['content-type'];
  for (const { code } of languages)
    expect(await contentType(localePath(code, siteFeedPath)), code).toBe(
      'application/atom+xml; charset=utf-8',
    );
  const authority = content.authorities[0]!.slug;
  expect(await contentType(openDataLdPathOf(authority))).toBe('application/ld+json; charset=utf-8');
  for (const path of [openDataIndexPath, openDataPathOf(authority)])
    expect(await contentType(path), path).toContain('application/json');
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
