import { test as base, devices, type Page } from '@playwright/test';

/**
 * The sweep's browser page: one per worker, which opens one page of the site after another. A new
 * browser context per test, Playwright's default, starts a renderer process and compiles axe anew for
 * each page: that doubled the sweep's CPU time. Every page is static and of one origin, so little can
 * carry over, and each test starts from what a new context has: no cookies, empty storage, the default
 * window. (After a failed test Playwright starts a new worker, and with it a new page.) `provide` is
 * what Playwright's documentation calls `use`, a name the React lint rules keep for hooks.
 */
export const test = base.extend<{ sweptPage: Page }, { workerPage: Page; scriptsRefused: boolean }>({
  /** Whether the site's scripts are refused, so a page shows what it shows without JavaScript. */
  scriptsRefused: [false, { scope: 'worker', option: true }],
  workerPage: [
    async ({ browser, scriptsRefused }, provide, workerInfo) => {
      const context = await browser.newContext({
        ...devices['Desktop Chrome'],
        baseURL: workerInfo.project.use.baseURL,
        // axe runs as script in the page, also in the project "javascript-off" (see scriptsRefused).
        javaScriptEnabled: true,
        // The letter pages' check copies each letter and reads it back (page-type-checks.ts).
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      if (scriptsRefused) await context.route(/\.js(\?.*)?$/, (request) => request.abort());
      await provide(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  sweptPage: async ({ workerPage: page }, provide) => {
    await page.context().clearCookies();
    // Storage belongs to the site's origin, where the page is unless this is the worker's first test.
    if (page.url() !== 'about:blank')
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    await page.setViewportSize(devices['Desktop Chrome'].viewport);
    await provide(page);
  },
});
