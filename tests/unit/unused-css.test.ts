import { describe, expect, it } from 'vitest';

import { withoutUnusedCss } from '../../scripts/lib/unused-css';

const page = [
  '<!doctype html><html lang="da"><body><main class="container">',
  '<a href="mailto:kontakt@example.dk">kontakt@example.dk</a>',
  '<details class="details"><summary class="details-summary">Mere</summary><p>Tekst</p></details>',
  '<p data-search-fallback="">Uden JavaScript</p>',
  '</main></body></html>',
].join('');
const searchScript = "const mark = document.createElement('mark'); fallback.hidden = true;";

describe('the published stylesheet', () => {
  const purge = (css: string) => withoutUnusedCss(css, [page], [searchScript]);

  it('loses rules for classes, elements and attributes no page has', async () => {
    const css = await purge(
      '.container{margin:0} .portal-info{color:red} table{width:100%} a[href^="tel:"]{color:red}',
    );
    expect(css).toContain('.container');
    expect(css).not.toContain('.portal-info');
    expect(css).not.toContain('table');
    expect(css).not.toContain('tel:');
  });

  it('keeps attribute rules a page matches, and the state of a details the reader opens', async () => {
    const css = await purge(
      'a[href^="mailto:"]{overflow-wrap:anywhere} .details[open] .details-summary{margin-bottom:8px}',
    );
    expect(css).toContain('a[href^="mailto:"]');
    expect(css).toContain('.details[open] .details-summary');
  });

  it('keeps what only the search script creates', async () => {
    const css = await purge('mark{background:yellow} [hidden]{display:none!important}');
    expect(css).toContain('mark');
    expect(css).toContain('[hidden]');
  });

  it('keeps focus, print, forced-colour and reduced-motion rules for what the pages have', async () => {
    const rules = [
      'a:focus-visible{outline:3px solid}',
      '@media print{.container{max-width:none} .side-nav{display:none}}',
      '@media (forced-colors:active){a:focus-visible{outline-color:Highlight}}',
      '@media (prefers-reduced-motion:reduce){*{transition:none!important}}',
    ];
    const css = await purge(rules.join(''));
    for (const kept of [
      'a:focus-visible',
      '@media print',
      '.container{',
      'forced-colors',
      'prefers-reduced-motion',
    ]) {
      expect(css).toContain(kept);
    }
    expect(css).not.toContain('.side-nav');
  });
});
