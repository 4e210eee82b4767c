import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { expect, type Page, type Response } from '@playwright/test';
import type axe from 'axe-core';

import { languages } from '../../src/config/languages';
import { localePath } from '../../src/config/routes';
import { absoluteUrl } from '../../src/config/site';
import { pageDates } from '../../src/lib/page-dates';
import type { JsonLdNode } from './json-ld';
import { content, type SitePage } from './site-content';

// The checks every page gets on its one visit of the sweep (sweep.spec.ts), each on the page as it is.

const dates = pageDates(content);

/** The page's language and direction, its main content, and one h1 to tell what the page is. */
export async function expectPageFrame(page: Page, language: string) {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.locator('main p').filter({ visible: true }).first()).toBeVisible();
  expect(
    await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir })),
  ).toEqual({ lang: language, dir: languages.find(({ code }) => code === language)!.dir });
}

/** What the page says of its addresses, read at once: the published HTML, which no script changes. */
function addressesOf(page: Page) {
  return page.evaluate(() => {
    const attribute = (selector: string, name: string) =>
      document.querySelector(selector)?.getAttribute(name) ?? undefined;
    return {
      switcher: [...document.querySelectorAll('.language-switcher a')].map((link) => ({
        name: link.textContent,
        href: link.getAttribute('href'),
        lang: link.getAttribute('lang'),
        current: link.getAttribute('aria-current'),
      })),
      alternates: Object.fromEntries(
        [...document.querySelectorAll('head link[rel="alternate"][hreflang]')].map(
          (link): [string, string | null] => [link.getAttribute('hreflang')!, link.getAttribute('href')],
        ),
      ),
      canonical: attribute('link[rel="canonical"]', 'href'),
      ogUrl: attribute('meta[property="og:url"]', 'content'),
      privacyPolicy: attribute('link[rel="privacy-policy"]', 'href'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => script.textContent,
      ),
    };
  });
}

/** An absolute address of the site, with or without the slash after the host of the front page. */
const addressOf = (path: string) => new RegExp(`^https?://[^/]+${path === '/' ? '/?' : path}$`);

/** The page's addresses: its twins in the language switch and hreflang, canonical, og:url and JSON-LD. */
export async function expectRouteFacts(
  page: Page,
  { path, language, sourcePath }: Pick<SitePage, 'path' | 'language' | 'sourcePath'>,
) {
  const addresses = await addressesOf(page);
  expect(addresses.switcher).toEqual(
    languages.map(({ code, name }) => ({
      name,
      href: localePath(code, sourcePath),
      lang: code,
      current: code === language ? 'true' : null,
    })),
  );
  for (const { code } of languages)
    expect(addresses.alternates[code], `hreflang ${code}`).toMatch(addressOf(localePath(code, sourcePath)));
  expect(addresses.alternates['x-default'], 'hreflang x-default').toMatch(addressOf(sourcePath));
  // Next.js writes the front page's address without its trailing slash; both name the same URL.
  expect(new URL(addresses.canonical!).href).toBe(absoluteUrl(path));
  expect(new URL(addresses.ogUrl!).href).toBe(absoluteUrl(path));
  expect(addresses.privacyPolicy).toBe(localePath(language, '/'));
  const webPage = addresses.jsonLd
    .map((text) => JSON.parse(text) as { '@graph'?: JsonLdNode[] })
    .find((data) => data['@graph'])!['@graph']!;
  expect(webPage[0]).toMatchObject({ '@type': 'WebPage', url: absoluteUrl(path), inLanguage: language });
  expect(webPage[0]?.dateModified).toBe(dates.get(sourcePath)?.modified);
  expect(webPage[0]?.lastReviewed).toBe(dates.get(sourcePath)?.reviewed);
  expect(webPage[1]?.['@type']).toBe('BreadcrumbList');
  expect(webPage[1]?.itemListElement?.at(-1)?.item).toBe(absoluteUrl(path));
}

/**
 * axe-core's script, the copy @axe-core/playwright runs. Its AxeBuilder puts the script into the page twice
 * per check (once to ask which way to run, once to run), a fifth of the sweep's axe time; the sweep puts it
 * in once and runs it itself, with the builder's options.
 */
const axeSource = readFileSync(
  createRequire(import.meta.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Every WCAG 2.2 AA rule of axe; only violations are asked for, so axe does not list every element that passes. */
const axeOptions: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/** Nothing axe can find against WCAG 2.2 AA. */
export async function expectNoAxeViolations(page: Page) {
  // axe runs in the page itself, as AxeBuilder's legacy mode does: the site's pages have no frames, the
  // one thing its other mode (which gathers results in a second, blank page) reaches.
  await page.evaluate(axeSource);
  const { violations } = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
    axeOptions,
  );
  expect(
    violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The largest text spacing WCAG 1.4.12 asks a page to survive, as a reader's own stylesheet sets it. */
const wcagTextSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels, with and without the text spacing of WCAG 1.4.12, and at 640
 * (a 1280-pixel screen zoomed to 200 %), the page never scrolls sideways. The window is resized and the
 * spacing added in place; the page is not loaded again.
 */
export async function expectReflow(page: Page) {
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const resize = async (width: number) => {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
  };
  // The page's own fonts set its widths.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await resize(640);
  expect.soft(await overflow(), 'pixels too wide at 640 CSS pixels').toBeLessThanOrEqual(0);
  await resize(320);
  expect.soft(await overflow(), 'pixels too wide at 320 CSS pixels').toBeLessThanOrEqual(0);
  // A constructed sheet, like a reader's own stylesheet, is not subject to the page's style-src policy.
  await page.evaluate((rules) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    document.adoptedStyleSheets = [sheet];
  }, wcagTextSpacing);
  expect
    .soft(await overflow(), 'pixels too wide at 320 CSS pixels with WCAG text spacing')
    .toBeLessThanOrEqual(0);
  await page.evaluate(() => {
    document.adoptedStyleSheets = [];
  });
}

/** The windows the approved screenshots are taken in: a phone's (375 × 812) and a desktop's. */
const screenshotViewports = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
/**
 * How many windows high a screenshot is at most: the first screen, which issue 25 keeps for the reader's
 * answer, and the next. The whole of a long page would weigh some 14 MB in the repository at every update.
 */
const screenshotMaxScreens = 2;

/**
 * The page looks as approved (WCAG aside, what no assertion names: an unstyled component, a layout
 * jump): at a phone's and a desktop's width, from the top down to at most screenshotMaxScreens windows, compared
 * with the approved image of its page type and language in tests/e2e/screenshots/. CONTRIBUTING.md says
 * how the images are updated. A soft check, so the page's other checks still run.
 */
export async function expectApprovedLook(page: Page, pageType: string, language: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  for (const viewport of screenshotViewports) {
    await page.setViewportSize(viewport);
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(viewport.width);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await expect
      .soft(page)
      .toHaveScreenshot(`${pageType.replaceAll(' ', '-')}-${language}-${viewport.width}.png`, {
        fullPage: true,
        clip: {
          x: 0,
          y: 0,
          width: viewport.width,
          height: Math.min(height, screenshotMaxScreens * viewport.height),
        },
      });
  }
}

/**
 * Starts recording the cookies the server sets, before the page is opened; the function returned stops
 * it and gives what was recorded.
 */
export function recordSetCookies(page: Page): () => Promise<string[]> {
  const headers: Promise<string | undefined>[] = [];
  const record = (response: Response) =>
    headers.push(
      response
        .headerValue('set-cookie')
        .then((value) => (value ? `${response.url()}: ${value}` : undefined))
        // A response can outlive a test that failed before reading it, and its page.
        .catch(() => undefined),
    );
  page.on('response', record);
  return async () => {
    page.off('response', record);
    return (await Promise.all(headers)).filter((header) => header !== undefined);
  };
}

/** No cookie from the server or the page, and nothing in the browser's storage. */
export async function expectNothingStored(page: Page, setCookies: () => Promise<string[]>) {
  expect(await setCookies()).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  expect(
    await page.evaluate(() => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
    })),
  ).toEqual({ cookie: '', localStorage: 0, sessionStorage: 0 });
}
