import { expect, type Page } from '@playwright/test';

import { softHyphen } from '../../scripts/lib/hyphenation';

/** The page's h1 as a reader reads it: without the soft hyphens the publication puts in long words. */
export const titleOf = async (page: Page) =>
  (await page.locator('h1').textContent())?.replaceAll(softHyphen, '').replace(/\s+/g, ' ').trim();

/** Waits until the page's h1 reads `text`. */
export const expectTitle = (page: Page, text: string) => expect.poll(() => titleOf(page)).toBe(text);
