import { expect, test as setup } from '@playwright/test';

import { previewProblemsPath } from '../../../src/components/preview/problems-banner';
import { authorityPath, localePath, noticePath, versionPath } from '../../../src/config/routes';
import { noticeCollection, openEditor, previewPane } from './editor-page';
import { editedNotice, withdrawnNotice } from './preview-content';

// next dev compiles a page at its first request, Decap CMS's code the longest, and two first requests at
// once can corrupt its manifest of pages (a known Next.js race: every later page then fails with
// "Unexpected non-whitespace character after JSON"). So each page the tests reach is asked for here, one
// after another, before the tests; then they run side by side, and each test's time and timeouts are
// its own. Only what the tests open: each first request of a route is a compile, some ten seconds.
setup('next dev has compiled every page the tests open, one at a time', async ({ page }) => {
  // The compiling alone: a cold .next/dev on a busy 2-core machine took three minutes.
  setup.setTimeout(600_000);
  const compiled = { timeout: 540_000 };
  const notice = noticePath(editedNotice.authority, editedNotice.slug);
  for (const [path, status] of [
    ['/', 200],
    [authorityPath(withdrawnNotice.authority), 200],
    [notice, 200],
    [localePath('en', notice), 200],
    [versionPath(withdrawnNotice.authority, withdrawnNotice.slug, withdrawnNotice.changed), 200],
    [previewProblemsPath, 200],
  ] as const)
    expect((await page.goto(path, compiled))?.status(), path).toBe(status);
  await page.goto('/admin', compiled);
  await expect(page.getByRole('button', { name: 'Log ind' })).toBeVisible(compiled);
  await openEditor(page, `${noticeCollection}/entries/minimal`);
  await expect(previewPane(page).locator('h1')).toHaveText('Minimal', compiled);
});
