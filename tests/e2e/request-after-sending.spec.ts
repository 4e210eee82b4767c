import { expect, test, type Page } from '@playwright/test';

import { da } from '../../src/i18n/dictionaries/da';
import { requestAsText } from '../../src/lib/rights-request';
import { expectNoAxeViolations } from './axe';
import { accessRequest, requestWords } from './request-pages';

// After the letter is sent: the reminder and the complaint, and the reader's typing, which the page neither
// keeps nor sends. One letter page; the sweep checks every letter page's structure and axe once, and
// without JavaScript that its reminder and complaint are templates with blanks (sweep-no-javascript.spec.ts).
const { path, request } = accessRequest;
const words = da.requestFollowUp.page;
const fields = (page: Page) => page.locator('[data-blank-field]');
const reminder = (page: Page) => page.locator('[data-follow-up-letter="reminder"]');
const complaint = (page: Page) => page.locator('[data-follow-up-letter="complaint"]');

/** Types something in every field: text, or a date in the date field. */
async function fillEveryField(page: Page) {
  for (const field of await fields(page).all())
    await field.fill((await field.getAttribute('type')) === 'date' ? '2020-01-31' : 'Test Testesen');
}

/** Every field as the page was sent: empty, every purpose still chosen, every blank showing its label. */
async function expectEveryFieldEmpty(page: Page) {
  await expect(fields(page)).not.toHaveCount(0);
  for (const field of await fields(page).all()) await expect(field).toHaveValue('');
  for (const choice of await page.locator('[data-purpose-choice]').all()) await expect(choice).toBeChecked();
  await expect(page.locator('[data-blank-value]').filter({ hasText: /./ })).toHaveCount(0);
  await expect(page.locator('[data-due-status]')).toHaveText('');
}

test.describe('after sending, with JavaScript', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test.beforeEach(async ({ page }) => {
    await page.goto(path);
  });

  test('shows the due date and fills in the reminder and the complaint from the date sent', async ({
    page,
  }) => {
    await page.locator('#felt-name').fill('Test Testesen');
    await page.locator('#felt-sentDate').fill('2020-01-31');
    await expect(page.locator('[data-due-status]')).toHaveText(
      `${words.due} 29. februar 2020. ${words.duePassed}`,
    );
    // What the reader sees: the dates and the name in place of their blanks' labels.
    await expect
      .poll(() => reminder(page).innerText())
      .toContain('Den 31. januar 2020 sendte jeg jer min anmodning');
    await expect
      .poll(() => complaint(page).innerText())
      .toContain('skulle have svaret senest 29. februar 2020 (');
    await expect.poll(() => complaint(page).innerText()).toContain('Navn: Test Testesen\n');

    const filledIn = {
      blanks: { name: 'Test Testesen', sentDate: '31. januar 2020', dueDate: '29. februar 2020' },
    };
    await page.getByRole('button', { name: words.copyReminder }).click();
    await expect(page.locator('[data-copy-status="reminder"]')).toHaveText(words.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      requestAsText(request.followUp.reminder, filledIn),
    );
    await page.getByRole('button', { name: words.copyComplaint }).click();
    await expect(page.locator('[data-copy-status="complaint"]')).toHaveText(words.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      requestAsText(request.followUp.complaint, filledIn),
    );
    await expectNoAxeViolations(page);
  });

  test('says the deadline has not passed while it has not, counting a month to the end of a short one', async ({
    page,
  }) => {
    await page.locator('#felt-sentDate').fill('2099-01-31');
    await expect(page.locator('[data-due-status]')).toHaveText(
      `${words.due} 28. februar 2099. ${words.dueAhead}`,
    );
  });

  test('empties every field and the letters on "Clear"', async ({ page }) => {
    await fillEveryField(page);
    await page.locator('[data-purpose-choice]').first().uncheck();
    await expect(page.locator('[data-due-status]')).not.toHaveText('');
    await page.getByRole('button', { name: requestWords.clear }).click();
    await expectEveryFieldEmpty(page);
    await expect(page.locator('[data-request-controls]').getByRole('status')).toHaveText(
      requestWords.cleared,
    );
  });

  test('brings nothing typed back after a reload or going Back', async ({ page }) => {
    await fillEveryField(page);
    await page.reload();
    await expectEveryFieldEmpty(page);
    await fillEveryField(page);
    await page
      .getByRole('link', { name: requestWords.otherRights(accessRequest.authority.nameForms) })
      .click();
    await expect(page).not.toHaveURL(new RegExp(`${path}$`));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expectEveryFieldEmpty(page);
  });

  test('stores nothing and sends nothing while the reader types, copies and clears', async ({ page }) => {
    // After the page and its lazily fetched files (the icon), so only what composing causes counts.
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (sent) => requests.push(sent.url()));
    await fillEveryField(page);
    await page.locator('#felt-sentDate').press('Enter');
    await page.getByRole('button', { name: requestWords.copy }).click();
    await page.getByRole('button', { name: words.copyReminder }).click();
    await page.getByRole('button', { name: words.copyComplaint }).click();
    await page.getByRole('button', { name: requestWords.clear }).click();
    expect(requests).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(
      await page.evaluate(async () => ({
        localStorage: localStorage.length,
        sessionStorage: sessionStorage.length,
        cookie: document.cookie,
        indexedDB: (await indexedDB.databases()).length,
      })),
    ).toEqual({ localStorage: 0, sessionStorage: 0, cookie: '', indexedDB: 0 });
  });
});
