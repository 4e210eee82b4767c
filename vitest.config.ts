import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { defineConfig } from 'vitest/config';

const unitTests = path.join(import.meta.dirname, 'tests/unit');
// vi.mock replaces a module for one file only if that file has a module registry of its own.
const mockingFiles = readdirSync(unitTests, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file))
  .filter((file) => readFileSync(path.join(unitTests, file), 'utf8').includes('vi.mock('))
  .map((file) => `tests/unit/${file.split(path.sep).join('/')}`);

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src') } },
  test: {
    environment: 'node',
    // A test without a single expect() passes whatever the code does: fail it instead.
    expect: { requireAssertions: true },
    // A timeout is there to stop a test that hangs, not to fail one on a busy machine: the content check
    // over the real content or a process started by a test can take several seconds on two loaded cores.
    testTimeout: 60_000,
    // Every core, not vitest's default of one fewer: on two cores that would be a single worker.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        // Importing the schemas, the Markdown pipeline and React anew for each of some 80 files cost most of
        // the suite's time; the files share a worker's modules instead, as they keep no state in them.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: mockingFiles,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'unit, own modules', include: mockingFiles } },
    ],
  },
});
