import { redirectOf } from '../../src/config/redirects';
import { notFoundPathFor } from '../../src/config/routes';

/** How the publication answers an address: a redirect, a file of out/, or not found with the 404 page of its language. */
export type Answer =
  { status: 301 | 307; location: string } | { status: 200; file: string } | { status: 404; file: string };

/**
 * The answer to a request for `pathname`, the way deploy/nginx/persondata.conf gives it: the redirects,
 * one address per page (a page's file name leads to the page; the 404 page and the pre-compressed twins
 * have no address of their own), then the file itself, with .html, or its folder's index.html.
 * `isFile` tells whether a path relative to out/ is a file there.
 */
export function answerFor(pathname: string, isFile: (file: string) => boolean): Answer {
  const notFoundPage = notFoundPathFor(pathname);
  const notFound = { status: 404, file: `${notFoundPage.slice(1)}.html` } as const;
  const redirect = redirectOf(pathname);
  if (redirect) return { status: redirect.permanent ? 301 : 307, location: redirect.location };
  if (pathname.length > 1 && pathname.endsWith('/')) return { status: 301, location: pathname.slice(0, -1) };
  if (pathname === '/index' || pathname === '/index.html') return { status: 301, location: '/' };
  if (pathname === notFoundPage || pathname === `${notFoundPage}.html` || /\.(gz|br)$/.test(pathname))
    return notFound;
  if (pathname.endsWith('.html')) return { status: 301, location: pathname.slice(0, -'.html'.length) };
  const relative = pathname.slice(1);
  const file = [relative, `${relative}.html`, `${relative}${relative ? '/' : ''}index.html`].find(isFile);
  return file === undefined ? notFound : { status: 200, file };
}
