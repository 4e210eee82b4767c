import { availableParallelism } from 'node:os';

import { devices, type PlaywrightTestConfig } from '@playwright/test';

import { chromiumExecutable, chromiumFlags } from '../../scripts/lib/chromium';

/**
 * What the two end-to-end suites share: the publication's (playwright.config.ts) and the preview's
 * (playwright.preview.config.ts). A worker per core; a CI log gets the list, a developer also the HTML
 * report of the suite; Chromium as scripts/lib/chromium.ts finds it.
 */
export function sharedConfig(suite: 'site' | 'preview') {
  return {
    forbidOnly: Boolean(process.env.CI),
    retries: 0,
    workers: availableParallelism(),
    outputDir: `test-results/${suite}`,
    reporter: process.env.CI
      ? [['list']]
      : [['list'], ['html', { open: 'never', outputFolder: `playwright-report/${suite}` }]],
    use: {
      ...devices['Desktop Chrome'],
      launchOptions: { executablePath: chromiumExecutable(), args: chromiumFlags },
    },
  } satisfies PlaywrightTestConfig;
}
