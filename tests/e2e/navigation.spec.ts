import { expect, test } from '@playwright/test';

import { noticePath, overviewPath, rightsPath } from '../../src/config/routes';
import { da } from '../../src/i18n/dictionaries/da';
import { noticesByTopic } from '../../src/lib/overview';
import { expectTitle } from './page-title';
import { content, englishContent } from './site-content';

// Moving about the site as a reader does: by the language switch, the skip link and in-page links. What
// each page links to is checked on every page by the sweep (sweep.spec.ts).

test('the language switch leads from a notice to its English twin and back', async ({ page }) => {
  const authority = content.authorities[0]!;
  const notice = authority.notices[0]!;
  const english = englishContent.authorities[0]!.notices[0]!;
  await page.goto(noticePath(authority.slug, notice.slug));
  await page.locator('.language-switcher').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/en${noticePath(authority.slug, notice.slug)}`);
  await expectTitle(page, english.title);
  await expect(page.getByRole('link', { name: 'Home', exact: true })).toHaveAttribute('href', '/en');
  await page.locator('.language-switcher').getByRole('link', { name: 'Dansk' }).click();
  await expect(page).toHaveURL(noticePath(authority.slug, notice.slug));
  await expectTitle(page, notice.title);
});

test('pages have a skip link to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Gå til sidens indhold' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#indhold$/);
});

test('the rights page’s list of rights leads to each right’s explanation', async ({ page }) => {
  await page.goto(rightsPath);
  await page.getByRole('link', { name: content.rights.rights[1]!.title }).click();
  await expect(page.locator(`#${content.rights.rights[1]!.id}`)).toBeInViewport();
});

test('the overview’s topic index jumps to each topic', async ({ page }) => {
  await page.goto(overviewPath);
  const index = page.getByRole('navigation', { name: 'Emner' });
  for (const group of noticesByTopic(content)) {
    await index.getByRole('link', { name: group.title }).click();
    await expect(page).toHaveURL(new RegExp(`#${group.id}$`));
    await expect(page.locator(`h2#${group.id}`)).toBeInViewport();
  }
});

test('the first layer leads from a fact to its section: from "Spørgsmål" to the DPO', async ({ page }) => {
  const authority = content.authorities.find((candidate) => candidate.notices.length > 0)!;
  await page.goto(noticePath(authority.slug, authority.notices[0]!.slug));
  await page
    .getByRole('region', { name: da.firstLayer.title })
    .getByRole('link', { name: da.firstLayer.dpo, exact: true })
    .click();
  await expect(page).toHaveURL(/#databeskyttelsesraadgiver$/);
  await expect(page.locator('#databeskyttelsesraadgiver')).toBeInViewport();
});
