import { defineConfig } from '@playwright/test';

import { sharedConfig } from './tests/e2e/playwright-shared';
import { previewContentDir } from './tests/e2e/preview/preview-content';
import { editorBackendPort, previewPort } from './tests/e2e/servers';

// The preview's suite (`npm run test:e2e:preview`): the editors' preview and web editor, `npm run edit`,
// on `next dev` in this checkout. It needs no build, and runs beside it in `npm test` (scripts/test.ts), so
// every run shows that a build works beside the preview. The publication's suite is playwright.config.ts.
const shared = sharedConfig('preview');

export default defineConfig({
  ...shared,
  testDir: 'tests/e2e/preview',
  // The tests edit different files of the preview's content, so they run side by side.
  fullyParallel: true,
  // next dev renders each page at its request, and the editor's pane follows the form after a pause in
  // typing and a content check: seconds where a static page takes milliseconds.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // Next.js serves its own scripts to localhost only.
  use: { ...shared.use, baseURL: `http://localhost:${previewPort}` },
  projects: [
    // Every page the tests open, compiled first and one at a time (compile.setup.ts).
    { name: 'preview-compile', testMatch: /compile\.setup\.ts/ },
    { name: 'preview', dependencies: ['preview-compile'] },
  ],
  webServer: {
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
});
