import { expect, test } from '@playwright/test';

import { localePath, noticePath, openDataLdPathOf, searchPath } from '../../src/config/routes';
import { site } from '../../src/config/site';
import { content, englishContent } from './site-content';

const notices = content.authorities.flatMap((authority) =>
  authority.notices.map((notice) => ({ authority, notice })),
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
  await expect(page).toHaveURL(noticePath(authority.slug, notice.slug));
  await expect(page.locator('h1')).toHaveText(notice.title);
});

test('a search in English finds the English notice and opens it', async ({ page }) => {
  const { authority, notice } = searched!;
  const english = englishContent.authorities
    .find((candidate) => candidate.slug === authority.slug)!
    .notices.find((candidate) => candidate.slug === notice.slug)!;
  await page.goto(localePath('en', searchPath));
  await expect(page.locator('[data-search-fallback]')).toBeHidden();
  await page.getByRole('searchbox').fill(english.title);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.locator('[data-search-results]');
  await expect(results.getByRole('heading', { level: 2 })).toContainText(english.title);
  await results.getByRole('link', { name: english.title, exact: true }).first().click();
  await expect(page).toHaveURL(localePath('en', noticePath(authority.slug, notice.slug)));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('/.well-known/privacy-policy leads to the front page', async ({ request }) => {
  const response = await request.get('/.well-known/privacy-policy', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe('/');
});

test('the JSON-LD’s own term is documented where its IRI leads', async ({ page, request }) => {
  const linked = await request.get(openDataLdPathOf(content.authorities[0]!.slug));
  const { '@context': context } = (await linked.json()) as { '@context': { persondata: string } };
  const term = new URL(`${context.persondata}notPublished`);
  expect(term.origin).toBe(new URL(site.url).origin);
  await page.goto(`${term.pathname}${term.hash}`);
  await expect(page.locator(term.hash)).toHaveText('persondata:notPublished');
});
