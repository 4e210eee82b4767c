import { expect, test } from '@playwright/test';

import { languages } from '../../src/config/languages';
import { authorityPath, localePath, purposePath } from '../../src/config/routes';
import { absoluteUrl } from '../../src/config/site';
import { pageDates } from '../../src/lib/page-dates';
import type { JsonLdNode } from './json-ld';
import { content, englishContent, pages } from './site-content';

const dates = pageDates(content);

test.describe('every page generated from the content, in every language', () => {
  for (const { path, language, sourcePath } of pages) {
    test(`${path} answers 200 with one h1 in ${language}, its canonical address, dates and twins`, async ({
      page,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('main')).toBeVisible();
      const switcher = page.locator('.language-switcher');
      for (const { code, name } of languages) {
        const twin = localePath(code, sourcePath);
        await expect(switcher.getByRole('link', { name, exact: true })).toHaveAttribute('href', twin);
        await expect(page.locator(`head link[rel="alternate"][hreflang="${code}"]`)).toHaveAttribute(
          'href',
          new RegExp(`^https?://[^/]+${twin === '/' ? '/?' : twin}$`),
        );
      }
      await expect(switcher.locator('a[aria-current="true"]')).toHaveAttribute('lang', language);
      await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
        'href',
        new RegExp(`^https?://[^/]+${sourcePath === '/' ? '/?' : sourcePath}$`),
      );
      // Next.js writes the front page's address without its trailing slash; both name the same URL.
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).href).toBe(
        absoluteUrl(path),
      );
      expect(new URL((await page.locator('meta[property="og:url"]').getAttribute('content'))!).href).toBe(
        absoluteUrl(path),
      );
      await expect(page.locator('link[rel="privacy-policy"]')).toHaveAttribute(
        'href',
        localePath(language, '/'),
      );
      const graphs = await page.locator('script[type="application/ld+json"]').allTextContents();
      const webPage = graphs
        .map((text) => JSON.parse(text) as { '@graph'?: JsonLdNode[] })
        .find((data) => data['@graph'])!['@graph']!;
      expect(webPage[0]).toMatchObject({ '@type': 'WebPage', url: absoluteUrl(path), inLanguage: language });
      expect(webPage[0]?.dateModified).toBe(dates.get(sourcePath)?.modified);
      expect(webPage[0]?.lastReviewed).toBe(dates.get(sourcePath)?.reviewed);
      expect(webPage[1]?.['@type']).toBe('BreadcrumbList');
      expect(webPage[1]?.itemListElement?.at(-1)?.item).toBe(absoluteUrl(path));
    });
  }
});

test('the language switch leads from a notice to its English twin and back', async ({ page }) => {
  const authority = content.authorities[0]!;
  const notice = authority.purposes[0]!;
  const english = englishContent.authorities[0]!.purposes[0]!;
  await page.goto(purposePath(authority.slug, notice.slug));
  await page.locator('.language-switcher').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/en${purposePath(authority.slug, notice.slug)}`);
  await expect(page.locator('h1')).toHaveText(english.title);
  await expect(page.getByRole('link', { name: 'Home', exact: true })).toHaveAttribute('href', '/en');
  await page.locator('.language-switcher').getByRole('link', { name: 'Dansk' }).click();
  await expect(page).toHaveURL(purposePath(authority.slug, notice.slug));
  await expect(page.locator('h1')).toHaveText(notice.title);
});

test('the front page links every authority', async ({ page }) => {
  await page.goto('/');
  for (const authority of content.authorities) {
    await page.getByRole('link', { name: authority.name, exact: true }).click();
    await expect(page).toHaveURL(authorityPath(authority.slug));
    await expect(page.locator('h1')).toContainText(authority.genitive);
    await page.goBack();
  }
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto(purposePath(content.authorities[0]!.slug, 'findes-ikke'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Siden findes ikke');
  for (const authority of content.authorities) {
    await expect(page.getByRole('main').locator(`a[href="${authorityPath(authority.slug)}"]`)).toContainText(
      authority.genitive,
    );
  }
});

test('an unknown English address shows the 404 page in English, leading to the English pages', async ({
  page,
}) => {
  const response = await page.goto(`/en${purposePath(content.authorities[0]!.slug, 'findes-ikke')}`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Page not found');
  for (const authority of englishContent.authorities) {
    await expect(
      page.getByRole('main').locator(`a[href="${localePath('en', authorityPath(authority.slug))}"]`),
    ).toContainText(authority.genitive);
  }
});

test('pages have a skip link to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Gå til sidens indhold' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#indhold$/);
});
