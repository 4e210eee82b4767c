import { expect, test } from '@playwright/test';

import { contactTitle } from '../../src/components/authority-page-sections';
import { longListThreshold } from '../../src/components/long-list';
import { authorityPath, noticePath } from '../../src/config/routes';
import { authoritySectionIds, noticeSectionIds } from '../../src/lib/section-ids';
import { situationsWithNotices } from '../../src/lib/situations';
import { expectTitle } from './page-title';
import { content } from './site-content';

// Runs in the "javascript-off" project: the browser executes no script at all. Every page with a script
// of its own is checked without it in sweep-no-javascript.spec.ts; here, a reader's ways through the site.

test('a citizen reaches a notice and its DPO from the front page without JavaScript', async ({ page }) => {
  const authority = content.authorities[1]!;
  const notice = authority.notices[0]!;
  await page.goto('/');
  await page.getByRole('link', { name: `${authority.name} (${authority.shortName})`, exact: true }).click();
  await page.getByRole('link', { name: notice.title, exact: true }).click();
  await expectTitle(page, notice.title);
  await expect(page.locator(`#${authoritySectionIds.dpo}`)).toBeVisible();
});

test('a reader finds the notices for their situation on the front page without JavaScript', async ({
  page,
}) => {
  const [situation] = situationsWithNotices(content);
  const { notice, authorityName } = situation!.entries[0]!;
  await page.goto('/');
  await page.getByText(situation!.title, { exact: true }).click();
  await page.getByRole('link', { name: `${notice.title} – ${authorityName}`, exact: true }).click();
  await expect(page).toHaveURL(noticePath(notice.authority, notice.slug));
  await expectTitle(page, notice.title);
});

const longListNotice = content.authorities
  .flatMap((authority) => authority.notices.map((notice) => ({ authority, notice })))
  .find(({ notice }) => (notice.recipients?.length ?? 0) > longListThreshold)!;

test('a long list of recipients folds into details that open without JavaScript', async ({ page }) => {
  const { authority, notice } = longListNotice;
  await page.goto(noticePath(authority.slug, notice.slug));
  const recipients = page.locator(`section[aria-labelledby="${noticeSectionIds.recipients}"]`);
  const lastRecipient = recipients.getByRole('listitem').last();
  await expect(lastRecipient).toBeHidden();
  const summary = recipients.locator('details > summary');
  await expect(summary).toContainText(String(notice.recipients!.length));
  await summary.click();
  await expect(lastRecipient).toBeVisible();
  await expect(recipients.getByRole('listitem')).toHaveCount(notice.recipients!.length);
});

test('a folded list is printed unfolded', async ({ page }) => {
  const { authority, notice } = longListNotice;
  await page.goto(noticePath(authority.slug, notice.slug));
  await page.emulateMedia({ media: 'print' });
  await expect(
    page.locator(`section[aria-labelledby="${noticeSectionIds.recipients}"]`).getByRole('listitem').last(),
  ).toBeVisible();
});

test('the contents list of a hub leads to its sections without JavaScript', async ({ page }) => {
  const authority = content.authorities[0]!;
  const id = authoritySectionIds.contact;
  await page.goto(authorityPath(authority.slug));
  const contents = page.getByRole('navigation', { name: 'Indhold på siden' });
  await contents.getByRole('link', { name: contactTitle(authority) }).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.getByRole('heading', { name: contactTitle(authority) })).toBeInViewport();
});
