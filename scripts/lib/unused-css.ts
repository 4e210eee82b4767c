import { PurgeCSS } from 'purgecss';
import purgecssFromHtml from 'purgecss-from-html';

/**
 * A stylesheet without the rules no published page can match. Pages are read as HTML (elements,
 * classes, ids, attributes and their values, so `a[href^="mailto:"]` stays while a page has such a
 * link); scripts as plain words, which keeps what /soeg.js builds (its result list, `<mark>`,
 * `[hidden]`). PurgeCSS judges a selector by those parts only, so states and media stay with the
 * element they style: `:focus-visible`, `:hover`, print, forced colours and reduced motion. The one
 * state a page's markup cannot show is a `<details>` the reader opens, hence `open`.
 */
export async function withoutUnusedCss(css: string, pages: string[], scripts: string[]): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    css: [{ raw: css }],
    content: [
      ...pages.map((raw) => ({ raw, extension: 'html' })),
      ...scripts.map((raw) => ({ raw, extension: 'js' })),
    ],
    extractors: [{ extractor: purgecssFromHtml, extensions: ['html'] }],
    dynamicAttributes: ['open'],
    keyframes: true,
  });
  return result!.css;
}
