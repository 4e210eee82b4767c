import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { renderMarkdown } from '../../src/lib/content/markdown';
import { routes } from './site-content';

const corpus = readFileSync(path.resolve(import.meta.dirname, '../fixtures/xss/corpus.md'), 'utf8');

test('the XSS corpus in a notice body renders as harmless text: no script runs, nothing active remains', async ({
  page,
}) => {
  const fired: string[] = [];
  page.on('dialog', (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.exposeFunction('__xss', (name: string) => fired.push(name));
  const { html } = renderMarkdown(corpus);
  await page.setContent(`<!doctype html><html lang="da"><body><main>${html}</main></body></html>`);
  // Give loaders, event handlers and refreshes the chance to fire, then use every link and control.
  await page.waitForTimeout(500);
  for (const link of await page.locator('a[href], button, summary').all())
    await link.click({ force: true, noWaitAfter: true }).catch(() => {});
  await page.waitForTimeout(300);
  expect(fired).toEqual([]);
  const active = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter(
          (attribute) =>
            /^on/i.test(attribute.name) ||
            /^\s*(javascript|data|vbscript):/i.test(attribute.value) ||
            attribute.name === 'style',
        )
        .map((attribute) => `${element.localName} ${attribute.name}`),
    ),
  );
  expect(active).toEqual([]);
  await expect(page.locator('script, iframe, object, embed, svg, math, form, base, meta, style')).toHaveCount(
    0,
  );
  await expect(page.locator('main')).toContainText('Almindelig tekst efter angrebene.');
});

test('no page sets a cookie', async ({ page, context }) => {
  // Every page of every language in one browser page: longer than one page's default time.
  test.setTimeout(300_000);
  const setCookies: string[] = [];
  page.on('response', async (response) => {
    const header = await response.headerValue('set-cookie');
    if (header) setCookies.push(`${response.url()}: ${header}`);
  });
  for (const route of routes) await page.goto(route);
  expect(setCookies).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
