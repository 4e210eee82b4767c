import { expect, test } from '@playwright/test';

import { authorityPath, purposePath } from '../../src/lib/routes';
import { content, routes } from './site-content';

test.describe('every page generated from the content', () => {
  for (const route of routes) {
    test(`${route} answers 200 with one h1 and Danish as its language`, async ({ page }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', 'da');
      await expect(page.getByRole('main')).toBeVisible();
    });
  }
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

test('pages have a skip link to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Gå til sidens indhold' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#indhold$/);
});
