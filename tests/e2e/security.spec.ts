import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { renderMarkdown } from '../../src/lib/content/markdown';

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
  // setContent returns at the load event: every image and other loader has loaded or failed by then,
  // so their handlers have had their chance to fire. Then every link and control is used.
  await page.setContent(`<!doctype html><html lang="da"><body><main>${html}</main></body></html>`);
  for (const link of await page.locator('a[href], button, summary').all())
    await link.click({ force: true, noWaitAfter: true }).catch(() => {});
  // The tasks the clicks queued (handlers, javascript: links) run before this one.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
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
