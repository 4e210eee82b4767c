import { expect, test, type Page } from '@playwright/test';

import {
  agreementPath,
  authorityPath,
  localePath,
  noticePath,
  openDataLdPathOf,
  requestPath,
  searchPath,
} from '../../src/config/routes';
import { site } from '../../src/config/site';
import { expectTitle } from './page-title';
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
  await expectTitle(page, notice.title);
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

/** Searches on the search page that is open and returns the addresses of the results, best first. */
async function resultsFor(page: Page, query: string) {
  await page.getByRole('searchbox').fill(query);
  await page.locator('[data-search-form] button[type="submit"]').click();
  const results = page.locator('[data-search-results]');
  await expect(results.getByRole('heading', { level: 2 })).toContainText(query);
  return results
    .locator('ol > li > a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

// Every page with search words in its file, each word searched in every language.
const pagesWithSearchWords = [
  ...notices.map(({ authority, notice }) => ({
    path: noticePath(authority.slug, notice.slug),
    words: notice.searchWords ?? [],
  })),
  ...content.agreements.map((agreement) => ({
    path: agreementPath(agreement.slug),
    words: agreement.searchWords ?? [],
  })),
].filter(({ words }) => words.length > 0);

for (const language of ['da', 'en']) {
  test(`search in ${language} finds a page by each of its search words`, async ({ page }) => {
    expect(pagesWithSearchWords.length).toBeGreaterThan(0);
    await page.goto(localePath(language, searchPath));
    for (const { path, words } of pagesWithSearchWords)
      for (const word of words)
        expect(await resultsFor(page, word), `"${word}"`).toContain(localePath(language, path));
  });

  test(`search in ${language} lists a notice or hub before any letter page`, async ({ page }) => {
    const pagesOfAuthorities = new Set(
      content.authorities.flatMap((authority) => [
        localePath(language, authorityPath(authority.slug)),
        ...authority.notices.map((notice) => localePath(language, noticePath(authority.slug, notice.slug))),
      ]),
    );
    const isLetterPage = (path: string) =>
      content.authorities.some((authority) =>
        path.startsWith(localePath(language, requestPath(authority.slug))),
      );
    await page.goto(localePath(language, searchPath));
    // What readers type for an authority or a case: its short name (SIRI), a search word (work permit).
    const queries = [
      ...content.authorities.map((authority) => authority.shortName),
      ...pagesWithSearchWords.flatMap(({ words }) => words),
    ];
    for (const query of queries) {
      const found = await resultsFor(page, query);
      const firstAnswer = found.findIndex((path) => pagesOfAuthorities.has(path));
      const firstLetter = found.findIndex(isLetterPage);
      expect(firstAnswer, `"${query}": ${found.join(', ')}`).toBeGreaterThanOrEqual(0);
      if (firstLetter >= 0) expect(firstAnswer, `"${query}": ${found.join(', ')}`).toBeLessThan(firstLetter);
    }
  });
}

// Two notices with one-word titles of their own at different authorities and on different topics: no
// page has both titles, so a search for the two finds no page with every word.
const oneWordTitles = notices.filter(
  ({ notice }) =>
    !notice.title.includes(' ') &&
    notices.filter((other) => other.notice.title === notice.title).length === 1,
);
const apart = oneWordTitles.flatMap((first) =>
  oneWordTitles
    .filter(
      (second) =>
        second.authority.slug !== first.authority.slug && second.notice.topic !== first.notice.topic,
    )
    .map((second) => [first, second] as const),
)[0];

test('a search of several words that no page has all of lists the pages with some of them, and says so', async ({
  page,
}) => {
  const [first, second] = apart!;
  await page.goto(searchPath);
  const found = await resultsFor(page, `${first.notice.title} ${second.notice.title}`);
  expect(found).toContain(noticePath(first.authority.slug, first.notice.slug));
  expect(found).toContain(noticePath(second.authority.slug, second.notice.slug));
  await expect(page.locator('[data-search-any-words]')).toBeVisible();
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
