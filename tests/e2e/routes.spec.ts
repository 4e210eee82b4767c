import { expect, test } from '@playwright/test';

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
    await expect(page.locator('h1')).toHaveText(`${authority.genitive} behandling af personoplysninger`);
    await page.goBack();
  }
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/udlaendingestyrelsen/findes-ikke');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Siden findes ikke');
  for (const authority of content.authorities) {
    await expect(
      page.getByRole('link', { name: `${authority.genitive} behandling af personoplysninger` }),
    ).toBeVisible();
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
