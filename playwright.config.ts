import { defineConfig, devices } from '@playwright/test';

import { chromiumExecutable, chromiumFlags } from './scripts/lib/chromium';
import { buildFolders } from './src/config/environment';
import { previewContentDir } from './tests/e2e/preview/preview-content';
import {
  editorBackendPort,
  httpPort,
  httpsPort,
  previewPort,
  publicationPort,
  servePort,
} from './tests/e2e/servers';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    // The publication as production serves it: nginx with the shipped configuration.
    baseURL: `http://127.0.0.1:${publicationPort}`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumFlags },
  },
  projects: [
    { name: 'javascript-on', testIgnore: /no-javascript|e2e\/preview\// },
    { name: 'javascript-off', testMatch: /no-javascript|accessibility/, use: { javaScriptEnabled: false } },
    {
      // The editors' preview and web editor, `npm run edit`: one server whose first requests compile
      // their routes, so one test at a time, with time for the compiling. Next.js serves its own scripts to localhost only.
      name: 'preview',
      testDir: 'tests/e2e/preview',
      fullyParallel: false,
      timeout: 180_000,
      use: { baseURL: `http://localhost:${previewPort}` },
    },
  ],
  // The first two serve the one build, which `npm test` makes first, and so must anyone running
  // `npm run test:e2e` alone (`npm run build`).
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
    {
      // The preview with the web editor (`npm run edit`) on its own copy of the content, laid out anew
      // first. Next.js keeps its development files in .next/dev, apart from the build's, and allows one
      // `next dev` per project folder, so the preview's and the editor's tests share this one.
      // (PORT set for the editor alone: the tests' own ports are reckoned from it.)
      command: `npx tsx tests/e2e/preview/prepare-content.ts && PORT=${previewPort} npx tsx scripts/edit.ts`,
      env: {
        PERSONDATA_CONTENT_DIR: previewContentDir,
        PERSONDATA_EDITOR_BACKEND_PORT: String(editorBackendPort),
      },
      port: previewPort,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
