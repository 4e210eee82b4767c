import path from 'node:path';

import { languages } from '../../src/config/languages';
import {
  agreementPath,
  authorityChangesPath,
  authorityPath,
  changesPath,
  complaintPath,
  localePath,
  noticePath,
  openDataPath,
  overviewPath,
  pageRoutes,
  requestPath,
  requestRightPath,
  requestScriptPath,
  rightsPath,
  searchPath,
  versionPath,
} from '../../src/config/routes';
import { loadContent } from '../../src/lib/content/load';
import { isReadable, readNoticeVersions } from '../../src/lib/content/notice-versions';
import type { RightId } from '../../src/lib/content/schema';
import type { Agreement, Authority, Notice } from '../../src/lib/content/types';
import { contentIn } from '../../src/lib/site-content/localize';

/** The real content, read the way the site reads it, so the tests cover every page it generates. */
export const content = loadContent(path.resolve(import.meta.dirname, '../../content'));
const contentRoot = path.resolve(import.meta.dirname, '../../content');
/** The notices' past versions, read from the published branch's history as the build reads them. */
const { histories } = readNoticeVersions(
  contentRoot,
  'content',
  content.authorities.flatMap((authority) => authority.notices),
);
export const versionsOf = (notice: Notice) => histories.get(notice.file)?.versions ?? [];

/** The content as the English pages show it. */
export const englishContent = contentIn(content, 'en');

/** What a page shows, and the content it shows: what the sweep checks on it besides what every page gets. */
export type PageType =
  | { type: 'front' | 'overview' | 'rights' | 'complaint' | 'search' | 'open data' }
  /** The change log: every authority's changes, or one authority's. */
  | { type: 'changes'; authority?: Authority }
  | { type: 'authority' | 'requests'; authority: Authority }
  | { type: 'notice'; authority: Authority; notice: Notice }
  | { type: 'letter'; authority: Authority; right: RightId }
  | { type: 'agreement'; agreement: Agreement };

/** Each root address of the route table with its page type: a new kind of page adds its entry here. */
const pageTypes = new Map<string, PageType>([
  ['/', { type: 'front' }],
  [overviewPath, { type: 'overview' }],
  [rightsPath, { type: 'rights' }],
  [complaintPath, { type: 'complaint' }],
  [changesPath, { type: 'changes' }],
  [searchPath, { type: 'search' }],
  [openDataPath, { type: 'open data' }],
  ...content.authorities.flatMap((authority): [string, PageType][] => [
    [authorityPath(authority.slug), { type: 'authority', authority }],
    ...authority.notices.map((notice): [string, PageType] => [
      noticePath(authority.slug, notice.slug),
      { type: 'notice', authority, notice },
    ]),
    [requestPath(authority.slug), { type: 'requests', authority }],
    [authorityChangesPath(authority.slug), { type: 'changes', authority }],
    ...authority.requestableRights.map((right): [string, PageType] => [
      requestRightPath(authority.slug, right),
      { type: 'letter', authority, right },
    ]),
  ]),
  ...content.agreements.map((agreement): [string, PageType] => [
    agreementPath(agreement.slug),
    { type: 'agreement', agreement },
  ]),
]);

/** Every page in every language, with its language, the root address its twins share and its page type. */
export const pages = pageRoutes(content).map((page) => {
  const pageType = pageTypes.get(page.sourcePath);
  if (!pageType) throw new Error(`${page.sourcePath} has no page type in tests/e2e/site-content.ts`);
  return { ...page, ...pageType };
});
export type SitePage = (typeof pages)[number];
export const routes = pages.map((page) => page.path);

/**
 * A past version's page in every language: the newest past version of the first notice that has one.
 * Version pages are in no route table (they come from git), so the sweep visits this one per language,
 * which is the page type's cost; none where the build had no history (a shallow clone).
 */
const versioned = content.authorities
  .flatMap((authority) => authority.notices.map((notice) => ({ authority, notice })))
  .map(({ authority, notice }) => ({
    authority,
    notice,
    version: versionsOf(notice).filter(isReadable).at(-1),
  }))
  .find(({ version }) => version !== undefined);
export const versionPages = versioned
  ? languages.map(({ code }) => ({
      ...versioned,
      version: versioned.version!,
      language: code,
      path: localePath(
        code,
        versionPath(versioned.authority.slug, versioned.notice.slug, versioned.version!.date),
      ),
      sourcePath: versionPath(versioned.authority.slug, versioned.notice.slug, versioned.version!.date),
    }))
  : [];
export type VersionPage = (typeof versionPages)[number];

/** An address that is no page, in every language: the 404 page, reached below an authority's address. */
export const notFoundPages = languages.map(({ code }) => ({
  path: localePath(code, noticePath(content.authorities[0]!.slug, 'findes-ikke')),
  language: code,
}));

/** The search page in every language: the only pages whose policy allows WebAssembly (Pagefind). */
export const searchRoutes = pages.filter((page) => page.type === 'search').map((page) => page.path);
/** The only pages of the publication that keep a script of their own, with it (publication-files.spec.ts checks it). */
export const scriptOfRoute = new Map<string, string>(
  pages.flatMap((page) =>
    page.type === 'search'
      ? [[page.path, '/soeg.js']]
      : page.type === 'letter'
        ? [[page.path, requestScriptPath]]
        : [],
  ),
);
export const routesWithScripts = [...scriptOfRoute.keys()];

/** One page of each page type in each language: where the headers are checked, since they follow the address's kind. */
export const onePagePerType = pages.filter(
  (page, index) =>
    pages.findIndex((other) => other.type === page.type && other.language === page.language) === index,
);
