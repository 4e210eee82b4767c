import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

import { routes, routesWithScripts } from './site-content';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Runs in both projects. The publication's other pages carry no script (publication.spec.ts proves it),
// so with JavaScript off only the pages that have one can differ. axe must execute script in the page,
// so "JavaScript off" is made by refusing every script the site serves: the page then stays the
// published HTML, exactly what a visitor without JavaScript gets, while axe can still inspect it.
for (const route of [...routes, '/findes-ikke', '/en/findes-ikke']) {
  test(`${route} has no WCAG 2.2 AA violations that axe can find`, async ({ browser }, testInfo) => {
    test.skip(
      testInfo.project.use.javaScriptEnabled === false && !routesWithScripts.includes(route),
      'no script on this page: the same HTML as with JavaScript on',
    );
    // @axe-core/playwright needs a page from browser.newContext().
    const context = await browser.newContext({ javaScriptEnabled: true });
    if (testInfo.project.use.javaScriptEnabled === false) {
      await context.route(/\.js(\?.*)?$/, (request) => request.abort());
    }
    const page = await context.newPage();
    await page.goto(route);
    const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await context.close();
  });
}
