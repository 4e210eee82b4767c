import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

/**
 * Which Chromium the end-to-end tests and the benchmark drive: CHROMIUM_PATH when set; otherwise
 * Playwright's own browser when it is installed; otherwise Debian's /usr/bin/chromium (Playwright
 * cannot download its browser everywhere). Undefined means Playwright's own.
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Headless in a sandboxed, offline machine: no GPU, no QUIC, and none of Chromium's own network calls. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
