import path from 'node:path';

import { loadContent } from '../../src/lib/content/load';
import { pagePaths, searchPath } from '../../src/lib/routes';

/** The real content, read the way the site reads it, so the tests cover every page it generates. */
export const content = loadContent(path.resolve(import.meta.dirname, '../../content'));
export const routes = pagePaths(content);
/** The only pages of the publication that keep a script of their own (publication.spec.ts checks it). */
export const routesWithScripts = [searchPath];
