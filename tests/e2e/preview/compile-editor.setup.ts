import { expect, test as setup } from '@playwright/test';

import { compiling, setupTimeout } from './compiling';
import { noticeCollection, openEditor, previewPane } from './editor-page';

setup('next dev has compiled the web editor and its preview pane', async ({ page }) => {
  setup.setTimeout(setupTimeout);
  await page.goto('/admin', compiling);
  await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible(compiling);
  await openEditor(page, `${noticeCollection}/entries/minimal`);
  await expect(previewPane(page).locator('h1')).toHaveText('Minimal', compiling);
});
