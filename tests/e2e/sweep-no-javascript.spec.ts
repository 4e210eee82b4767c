import { expect, type Page } from '@playwright/test';

import { sourceLanguage } from '../../src/config/languages';
import { localePath, overviewPath } from '../../src/config/routes';
import { dictionaryOf } from '../../src/i18n/dictionaries';
import { expectNoAxeViolations } from './axe';
import { expectPageFrame } from './page-checks';
import { requestWords } from './request-pages';
import { content, pages, scriptOfRoute, type SitePage } from './site-content';
import { test } from './swept-page';

// Runs in the "javascript-off" project, over the only pages that have a script of their own: every other
// page carries none (publication-files.spec.ts), so without JavaScript it is the page sweep.spec.ts checks.
// axe must execute script in the page, so "JavaScript off" is made by refusing every script the site
// serves (swept-page.ts): the page then stays the published HTML, what a visitor without JavaScript gets.
test.use({ scriptsRefused: true });

for (const sitePage of pages.filter((candidate) => scriptOfRoute.has(candidate.path))) {
  test(`${sitePage.path} without JavaScript: readable, its ${sitePage.type} page, and axe`, async ({
    sweptPage: page,
  }) => {
    expect((await page.goto(sitePage.path))?.status()).toBe(200);
    await expectPageFrame(page, sitePage.language);
    if (sitePage.type === 'search') await expectSearchFallback(page, sitePage);
    if (sitePage.type === 'letter') await expectLetterToFillInByHand(page, sitePage);
    await expectNoAxeViolations(page);
  });
}

/** Without JavaScript the search page offers every notice from A to Å, and the overview. */
async function expectSearchFallback(page: Page, { language }: SitePage) {
  await expect(page.locator('[data-search-fallback]')).toBeVisible();
  await expect(page.getByRole('main').locator('section li a')).toHaveCount(
    content.authorities.flatMap((authority) => authority.notices).length,
  );
  await expect(
    page.getByRole('main').locator(`a[href="${localePath(language, overviewPath)}"]`),
  ).not.toHaveCount(0);
}

/** Without JavaScript a letter is a template to print and fill in by hand, on one A4 page. */
async function expectLetterToFillInByHand(page: Page, { language }: SitePage) {
  const letter = page.locator('[data-request-letter]');
  await expect(letter).toBeVisible();
  await expect(letter.locator('.letter-blank-label').first()).toBeVisible();
  await expect(page.locator('[data-request-controls]')).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  if (language === sourceLanguage)
    await expect(page.locator('[data-request-fallback]')).toHaveText(requestWords.withoutJavaScript);
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  await expectFollowUpToFillInByHand(page, language);
}

/** Without JavaScript, the reminder and the complaint for after sending are templates with blanks. */
async function expectFollowUpToFillInByHand(page: Page, language: string) {
  const words = dictionaryOf(language);
  await expect(page.locator('[data-follow-up-fallback]')).toHaveText(
    words.requestFollowUp.page.withoutJavaScript,
  );
  await expect(page.locator('[data-follow-up-controls]')).toBeHidden();
  for (const kind of ['reminder', 'complaint']) {
    const letter = page.locator(`[data-follow-up-letter="${kind}"]`);
    await expect(letter.getByText(words.request.blanks.sentDate, { exact: true })).toBeVisible();
    await expect(letter.getByText(words.request.blanks.dueDate, { exact: true })).toBeVisible();
  }
}
