import { expect, test } from '@playwright/test';

import { letterPages, requestWords } from './request-pages';

// Runs in the "javascript-off" project: the letter is a template to print and fill in by hand.
for (const route of letterPages) {
  test(`${route.path} is a letter to print and fill in by hand, on one A4 page`, async ({ page }) => {
    await page.goto(route.path);
    const letter = page.locator('[data-request-letter]');
    await expect(letter).toBeVisible();
    await expect(letter.locator('.letter-blank-label').first()).toBeVisible();
    await expect(page.locator('[data-request-controls]')).toBeHidden();
    await expect(page.getByRole('button')).toHaveCount(0);
    if (route.language === 'da')
      await expect(page.locator('[data-request-fallback]')).toHaveText(requestWords.withoutJavaScript);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
}
