import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

/**
 * Which Chromium the end-to-end tests and the benchmark drive: CHROMIUM_PATH when set; otherwise
 * Debian's /usr/bin/chromium, the one CI installs, so that the suite's screenshots are drawn by the
 * browser that drew the approved images; otherwise Playwright's own browser. Undefined means Playwright's own.
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync(debianChromium) ? debianChromium : undefined;
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
