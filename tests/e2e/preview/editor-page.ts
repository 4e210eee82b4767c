import type { Page } from '@playwright/test';

import { editedNotice } from './preview-content';

/** The web editor's collection of the notices of the authority whose notices the tests edit. */
export const noticeCollection = `/collections/purposes-${editedNotice.authority}`;

/** Logs in to Decap's local backend (no password: it is the editor's own machine) and opens `route`. */
export async function openEditor(page: Page, route: string) {
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.goto(`/admin#${route}`);
}

/** The page the site makes of the unsaved notice, in the editor's preview pane (Decap's frame). */
export const previewPane = (page: Page) => page.frameLocator('#preview-pane').frameLocator('iframe');

/** The draft's status at the top of the editor's preview pane. */
export const draftStatus = (page: Page) =>
  page.frameLocator('#preview-pane').getByRole('region', { name: 'Kladdens status' });
