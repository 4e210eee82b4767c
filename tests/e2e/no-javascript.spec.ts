import { expect, test } from '@playwright/test';
import { content, routes } from './site-content';

// Runs in the "javascript-off" project: the browser executes no script at all.
for (const route of routes) {
  test(`${route} is fully readable without JavaScript`, async ({ page }) => {
    await page.goto(route);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main p').first()).toBeVisible();
  });
}

test('a citizen reaches a notice and its DPO from the front page without JavaScript', async ({ page }) => {
  const authority = content.authorities[1]!;
  const purpose = authority.purposes[0]!;
  await page.goto('/');
  await page.getByRole('link', { name: authority.name, exact: true }).click();
  await page.getByRole('link', { name: purpose.title, exact: true }).click();
  await expect(page.locator('h1')).toHaveText(purpose.title);
  await expect(page.locator('#databeskyttelsesraadgiver')).toBeVisible();
});
