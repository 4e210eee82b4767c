import { defineConfig } from '@playwright/test';

import { buildFolders } from './src/config/environment';
import { sharedConfig } from './tests/e2e/playwright-shared';
import { httpPort, httpsPort, publicationPort, servePort } from './tests/e2e/servers';

// The publication's suite (`npm run test:e2e:site`): the one build, which `npm test` makes first, and so
// must anyone running it alone (`npm run build`). The preview's suite is playwright.preview.config.ts.
const shared = sharedConfig('site');

export default defineConfig({
  ...shared,
  testDir: 'tests/e2e',
  fullyParallel: true,
  // The sweep's approved screenshots (page-checks.ts), one per page type, language and width. A missing
  // image fails under CI instead of being written: approving an image is a reviewed commit
  // (CONTRIBUTING.md, "Screenshots").
  snapshotPathTemplate: '{testDir}/screenshots/{arg}{ext}',
  updateSnapshots: process.env.CI ? 'none' : 'missing',
  expect: {
    // The same Chromium draws both images, so only anti-aliasing may differ, in a few pixels; an unstyled
    // component or a layout jump moves thousands.
    toHaveScreenshot: { maxDiffPixelRatio: 0.001 },
  },
  use: {
    ...shared.use,
    // The publication as production serves it: nginx with the shipped configuration.
    baseURL: `http://127.0.0.1:${publicationPort}`,
  },
  projects: [
    { name: 'javascript-on', testIgnore: /no-javascript|first-screen|e2e\/preview\// },
    { name: 'javascript-off', testMatch: /no-javascript/, use: { javaScriptEnabled: false } },
    // Counts what the sweep measured on every notice page (first-screen.ts), so it runs after it.
    { name: 'first-screen', testMatch: /first-screen\.spec/, dependencies: ['javascript-on'] },
  ],
  webServer: [
    {
      // Installs Debian's nginx first when it is missing, and makes a self-signed certificate for TLS.
      command: `bash deploy/nginx/serve-local.sh ${buildFolders.publication} ${publicationPort} ${httpsPort} ${httpPort}`,
      url: `http://127.0.0.1:${publicationPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
    {
      command: `npx tsx scripts/serve.ts`,
      env: { PORT: String(servePort) },
      url: `http://127.0.0.1:${servePort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
