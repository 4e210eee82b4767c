import path from 'node:path';

import { pageRoutes, requestRightPath, requestScriptPath, searchPath } from '../../src/config/routes';
import { loadContent } from '../../src/lib/content/load';
import { contentIn } from '../../src/lib/site-content/localize';

/** The real content, read the way the site reads it, so the tests cover every page it generates. */
export const content = loadContent(path.resolve(import.meta.dirname, '../../content'));
/** The content as the English pages show it. */
export const englishContent = contentIn(content, 'en');
/** Every page in every language, with its language and the root address its twins share. */
export const pages = pageRoutes(content);
export const routes = pages.map((page) => page.path);
/** The root addresses of the request pages, one per authority and right (public/anmodning.js). */
const requestPages = new Set(
  content.authorities.flatMap((authority) =>
    authority.requestableRights.map((right) => requestRightPath(authority.slug, right)),
  ),
);
/** The search page in every language: the only pages whose policy allows WebAssembly (Pagefind). */
export const searchRoutes = pages.filter((page) => page.sourcePath === searchPath).map((page) => page.path);
/** The only pages of the publication that keep a script of their own, with it (publication.spec.ts checks it). */
export const scriptOfRoute = new Map([
  ...searchRoutes.map((route) => [route, '/soeg.js'] as const),
  ...pages
    .filter((page) => requestPages.has(page.sourcePath))
    .map((page) => [page.path, requestScriptPath] as const),
]);
export const routesWithScripts = [...scriptOfRoute.keys()];
