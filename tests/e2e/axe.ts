/** axe on a page, for both suites: the publication's and the preview's (which must not load the real content). */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Nothing axe can find against WCAG 2.2 AA. */
export async function expectNoAxeViolations(page: Page) {
  // Legacy mode runs axe in the page itself instead of gathering its results in a second, blank page:
  // the same rules, and the site's pages have no frames, the one thing only the other mode reaches.
  // Only violations are asked for, so axe does not list every element that passes.
  const { violations } = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  expect(
    violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
