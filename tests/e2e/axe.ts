/** axe on a page, for both suites: the publication's and the preview's (which must not load the real content). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { expect, type Page } from '@playwright/test';
import type axe from 'axe-core';

/**
 * axe-core's script, the copy @axe-core/playwright runs. Its AxeBuilder puts the script into the page twice
 * per check (once to ask which way to run, once to run), a fifth of the sweep's axe time; here it goes in
 * once and runs with the builder's options.
 */
const axeSource = readFileSync(
  createRequire(import.meta.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Every WCAG 2.2 AA rule of axe; only violations are asked for, so axe does not list every element that passes. */
const axeOptions: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/** Nothing axe can find against WCAG 2.2 AA. */
export async function expectNoAxeViolations(page: Page) {
  // axe runs in the page itself, as AxeBuilder's legacy mode does: the site's pages have no frames, the
  // one thing its other mode (which gathers results in a second, blank page) reaches.
  await page.evaluate(axeSource);
  const { violations } = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
    axeOptions,
  );
  expect(
    violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
