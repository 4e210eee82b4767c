/**
 * next dev compiles a page at its first request, Decap CMS's code the longest: a cold .next/dev on a busy
 * 2-core machine took almost three minutes for the editor. The setup projects of
 * playwright.preview.config.ts ask for every page the tests open, side by side, before the tests that
 * need them, so each test's time and timeouts are its own. This is how long a setup waits for compiling.
 */
export const compiling = { timeout: 540_000 };

/** A setup's own limit: its compiling, and a minute for the rest. */
export const setupTimeout = compiling.timeout + 60_000;
