import { existsSync } from 'node:fs';

import { chromium, defineConfig, devices } from '@playwright/test';

import { serverPort as port, publicationPort } from './tests/e2e/servers';

/**
 * Which Chromium to drive: CHROMIUM_PATH when set; otherwise Playwright's own browser when it is
 * installed; otherwise Debian's /usr/bin/chromium (Playwright cannot download its browser everywhere).
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'javascript-on', testIgnore: /no-javascript/ },
    { name: 'javascript-off', testMatch: /no-javascript|accessibility/, use: { javaScriptEnabled: false } },
  ],
  // Serve the server build and the static publication; `npm test` builds both first, and so must anyone
  // running `npm run test:e2e` alone (`npm run build && npm run build:static`).
  webServer: [
    {
      command: `npx next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Installs Debian's nginx first when it is missing.
      command: `bash deploy/nginx/serve-local.sh out ${publicationPort}`,
      url: `http://127.0.0.1:${publicationPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
  ],
});
