import path from 'node:path';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src') } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A test without a single expect() passes whatever the code does: fail it instead.
    expect: { requireAssertions: true },
    // A timeout is there to stop a test that hangs, not to fail one on a busy machine: the content check
    // over the real content or a process started by a test can take several seconds on two loaded cores.
    testTimeout: 60_000,
  },
});
