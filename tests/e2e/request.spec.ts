import { expect, test, type Page } from '@playwright/test';

import { requestAsText, type ReaderInput } from '../../src/lib/rights-request';
import { copiedLetter } from './page-type-checks';
import { accessRequest, requestWords, restrictionRequest } from './request-pages';

// Runs in the "javascript-on" project; sweep-no-javascript.spec.ts has the letters without it.
const letter = (page: Page) => page.locator('[data-request-letter]');

test.describe('composing a request', () => {
  const { authority, path } = accessRequest;
  const [first, second] = authority.notices;
  test.skip(second === undefined, 'needs an authority with two notices');

  test.beforeEach(async ({ page }) => {
    await page.goto(path);
  });

  test('fills the letter as the reader types and narrows it to the notices chosen', async ({ page }) => {
    await expect(page.locator('[data-request-fallback]')).toBeHidden();
    await page.locator('#felt-name').fill('Test Testesen');
    await expect(letter(page)).toContainText('Navn: Test Testesen');
    await expect(letter(page).getByText('dit fulde navn', { exact: true }).first()).toBeHidden();
    await page.locator(`[data-purpose-choice="${first!.slug}"]`).uncheck();
    await expect(letter(page).locator(`[data-purpose="${first!.slug}"]`)).toBeHidden();
    await expect(letter(page).locator(`[data-purpose="${second!.slug}"]`)).toBeVisible();
  });

  test('sends nothing and stores nothing while the reader composes', async ({ page }) => {
    // After the page and its lazily fetched files (the icon), so only what composing causes counts.
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.locator('#felt-name').fill('Test Testesen');
    await page.locator('#felt-name').press('Enter');
    await page.locator(`[data-purpose-choice="${first!.slug}"]`).uncheck();
    await page.getByRole('button', { name: requestWords.copy }).click();
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);
  });

  test('prints on the reader’s word', async ({ page }) => {
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: requestWords.print }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', '');
  });

  test('can be completed with the keyboard alone', async ({ page }) => {
    const fields = page.locator('[data-request-controls] [data-blank-field]');
    await page.locator('h1').focus();
    for (let tab = 0; tab < 100; tab += 1) {
      if (await fields.first().evaluate((field) => field === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    for (const [index] of (await fields.all()).entries()) {
      await page.keyboard.type(`Svar ${index + 1}`);
      await page.keyboard.press('Tab');
    }
    // The box for partsaktindsigt, then the first notice.
    await page.keyboard.press('Space');
    await expect(page.locator('[data-option-choice="partyAccess"]')).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.locator(`[data-purpose-choice="${first!.slug}"]`)).not.toBeChecked();
    const blanks = letter(page).locator('[data-blank-value]');
    await expect(blanks.filter({ hasText: /^Svar \d+$/ })).not.toHaveCount(0);
    await expect(letter(page).locator(`[data-purpose="${first!.slug}"]`)).toBeHidden();
  });
});

test('copies the letter as plain text, with what the reader typed and chose', async ({ browser }) => {
  const { authority, path, request } = accessRequest;
  const [first, second] = authority.notices;
  test.skip(second === undefined, 'needs an authority with two notices');
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(path);
  await page.locator('#felt-name').fill('Test Testesen');
  await page.locator(`[data-purpose-choice="${first!.slug}"]`).uncheck();
  const text = await copiedLetter(page, requestWords.copied);
  const input: ReaderInput = {
    blanks: { name: 'Test Testesen' },
    purposes: authority.notices.slice(1).map((notice) => notice.slug),
  };
  expect(text).toBe(requestAsText(request, input));
  expect(text).toContain('Navn: Test Testesen');
  expect(text).toContain(`- ${second!.title}`);
  expect(text).not.toContain(`- ${first!.title}`);
  await context.close();
});

test('puts the grounds of a restriction the reader ticks in the letter, and in the text copied', async ({
  browser,
}) => {
  const { path, request } = restrictionRequest;
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(path);
  const grounds = letter(page).locator('[data-options="restrictionGrounds"]');
  await expect(grounds.locator('[data-option-box]').first()).toBeVisible();
  for (const ground of ['contested', 'objected'])
    await page.locator(`[data-option-choice="restrictionGrounds"][value="${ground}"]`).check();
  await expect(grounds.locator('[data-option="contested"]')).toBeVisible();
  await expect(grounds.locator('[data-option="objected"]')).toBeVisible();
  await expect(grounds.locator('[data-option="unlawful"]')).toBeHidden();
  await expect(grounds.locator('[data-option-box]').first()).toBeHidden();
  const text = await copiedLetter(page, requestWords.copied);
  expect(text).toBe(requestAsText(request, { options: { restrictionGrounds: ['contested', 'objected'] } }));
  expect(text).toContain('(artikel 18, stk. 1, litra a)');
  expect(text).not.toContain('(artikel 18, stk. 1, litra b)');
  await context.close();
});

test('adds the sentence on partsaktindsigt to the access letter when the reader ticks it', async ({
  page,
}) => {
  await page.goto(accessRequest.path);
  const sentence = letter(page).locator('[data-options="partyAccess"]');
  await expect(sentence).toBeHidden();
  await page.locator('[data-option-choice="partyAccess"]').check();
  await expect(sentence).toBeVisible();
  await expect(sentence).toContainText('forvaltningslovens § 9');
  await expect(sentence.locator('[data-option-box]')).toBeHidden();
});
