import { expect, test, type Page } from '@playwright/test';

import {
  accessibilityStatementPath,
  authorityPath,
  complaintPath,
  noticePath,
} from '../../src/config/routes';
import { absoluteUrl } from '../../src/config/site';
import { da } from '../../src/i18n/dictionaries/da';
import { lastUpdated } from '../../src/lib/gdpr/review';
import { phoneHref } from '../../src/lib/labels';
import { authoritySectionIds } from '../../src/lib/section-ids';
import { expectTitle } from './page-title';
import { content } from './site-content';

/** Presses Tab until the focused element matches, checking that every focused element is on screen. */
async function tabTo(page: Page, matches: (element: { text: string; href: string | null }) => boolean) {
  for (let presses = 0; presses < 150; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toBeInViewport();
    const element = await focused.evaluate((node) => ({
      text: node.textContent?.trim() ?? '',
      href: node.getAttribute('href'),
    }));
    if (matches(element)) return;
  }
  throw new Error('the element was never reached with Tab');
}

test('a citizen reaches a notice and its DPO from the front page with Tab and Enter only', async ({
  page,
}) => {
  const authority = content.authorities.find((candidate) => candidate.dpoContact?.phone)!;
  const notice = authority.notices[0]!;
  await page.goto('/');
  await tabTo(page, ({ href }) => href === authorityPath(authority.slug));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(authorityPath(authority.slug));
  await tabTo(page, ({ href }) => href === noticePath(authority.slug, notice.slug));
  await page.keyboard.press('Enter');
  await expectTitle(page, notice.title);
  await tabTo(page, ({ href }) => href === phoneHref(authority.dpoContact!.phone!));
  await expect(page.locator(':focus')).toHaveText(authority.dpoContact!.phone!);
  await expect(
    page.locator('section', { has: page.locator(`#${authoritySectionIds.dpo}`) }).locator(':focus'),
  ).toHaveCount(1);
});

test('/was leads to the accessibility statement in Digitaliseringsstyrelsen’s WAS-Tool', async ({
  request,
}) => {
  const response = await request.get(accessibilityStatementPath, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  // nginx names the host it is reached by; the exact address is checked in publication.spec.ts.
  expect(response.headers().location).toMatch(/^https:\/\/was\.digst\.dk\//);
});

test('a notice prints as a clean document with its address and date', async ({ page }, testInfo) => {
  const authority = content.authorities[1]!;
  const notice = authority.notices[0]!;
  const path = noticePath(authority.slug, notice.slug);
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toBeHidden();
  const printedAddress = page.getByText(absoluteUrl(path));
  await expect(printedAddress).toBeVisible();
  await expect(printedAddress).toContainText(da.formatDate(lastUpdated(notice)));
  const pdf = testInfo.outputPath('formaal-print.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: false });
  await testInfo.attach('formaal-print', { path: pdf, contentType: 'application/pdf' });
});

test('printed links show where they lead', async ({ page }) => {
  await page.goto(complaintPath);
  await page.emulateMedia({ media: 'print' });
  const links = await page.getByRole('main').locator('a[href^="http"], a[href^="mailto:"]').all();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(
      `" (${await link.getAttribute('href')})"`,
    );
  }
});
