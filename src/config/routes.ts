/**
 * Every address the site publishes, built in one place. The pages, the feed and data route handlers,
 * the sitemap, the content check, the link check and the publication all read this table.
 *
 * A page has one address per language: the source language's at the root (/dine-rettigheder), every
 * other language's under its code (/en/dine-rettigheder), with the same slugs. The path builders below
 * give the root address; `localePath` turns it into a language's.
 */

import { languages, sourceLanguage } from './languages';

/**
 * A slug: what a content file's name or a topic's id gives an address, lowercase a–z, digits and single
 * hyphens. The content check holds file names and topic ids to it, and so do the scaffolder and the editor.
 */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const rightsPath = '/dine-rettigheder';
export const complaintPath = '/klage-til-datatilsynet';
export const overviewPath = '/oversigt';
export const changesPath = '/aendringer';
export const searchPath = '/soeg';
export const openDataPath = '/data-om-behandlinger';
/** The short address of the accessibility statement, as Danish public sites use it (a redirect). */
export const accessibilityStatementPath = '/was';
/** The well-known address of a site's privacy policy (a redirect to the front page). */
export const privacyPolicyWellKnownPath = '/.well-known/privacy-policy';
const agreementsPath = '/faelles-dataansvar';
const requestsPath = '/brug-dine-rettigheder';
const openDataRoot = '/data';
const openDataFilesPath = `${openDataRoot}/v1`;

export const authorityPath = (authority: string) => `/${authority}`;
export const noticePath = (authority: string, notice: string) => `/${authority}/${notice}`;
/**
 * A notice's past version: the notice as it applied from `date` (YYYY-MM-DD). Made from the published
 * branch's history, not from a content file, so it is no entry of the route table (nor of the sitemap).
 */
export const versionPath = (authority: string, notice: string, date: string) =>
  `${noticePath(authority, notice)}/versioner/${date}`;
export const agreementPath = (agreement: string) => `${agreementsPath}/${agreement}`;
export const rightPath = (right: string) => `${rightsPath}#${right}`;
export const topicPath = (topic: string) => `${overviewPath}#${topic}`;
/** The rights a reader can use at an authority, each linked to its request. */
export const requestPath = (authority: string) => `${requestsPath}/${authority}`;

/**
 * The last segment of each right's request address in the source language: the right's Danish name
 * (…/indsigt). Every other language keeps the right's id (…/en/…/access), as all addresses once did.
 * A unit test holds the table to the rights of the content schema.
 */
export const sourceRightSegments: Readonly<Record<string, string>> = {
  access: 'indsigt',
  rectification: 'berigtigelse',
  erasure: 'sletning',
  restriction: 'begraensning',
  objection: 'indsigelse',
  portability: 'dataportabilitet',
  withdrawConsent: 'tilbagetraekning-af-samtykke',
  automatedDecisions: 'automatiske-afgoerelser',
};

/** A right's address segment in a language. */
export const rightSegment = (language: string, right: string) =>
  language === sourceLanguage ? (sourceRightSegments[right] ?? right) : right;

/** The right whose address segment in a language this is, if any. */
export const rightOfSegment = (language: string, segment: string): string | undefined =>
  Object.keys(sourceRightSegments).find((right) => rightSegment(language, right) === segment);

/** The request to use one right at an authority, ready to fill in, print or copy (its root address). */
export const requestRightPath = (authority: string, right: string) =>
  `${requestPath(authority)}/${rightSegment(sourceLanguage, right)}`;

/** A request page's root address in another language: the right's segment in that language. */
const requestRightPattern = new RegExp(`^(${requestsPath}/[^/?#]+/)([^/?#]+)(?=$|[?#])`);
const withRightSegmentIn = (language: string, path: string) =>
  path.replace(requestRightPattern, (whole, folder: string, segment: string) => {
    const right = rightOfSegment(sourceLanguage, segment);
    return right === undefined ? whole : `${folder}${rightSegment(language, right)}`;
  });
/** The request page's own script (public/anmodning.js), the same file in every language. */
export const requestScriptPath = '/anmodning.js';
/** The Atom feed of every notice change on the site. */
export const siteFeedPath = `${changesPath}/alle.xml`;
export const authorityFeedPath = (authority: string) => `${changesPath}/${authority}.xml`;
/** The change log of one authority's notices: the change log filtered, as a page of its own (no script). */
export const authorityChangesPath = (authority: string) => `${changesPath}/myndighed/${authority}`;
export const openDataIndexPath = `${openDataFilesPath}/index.json`;
export const openDataSchemaPath = `${openDataFilesPath}/schema.json`;
export const openDataPathOf = (authority: string) => `${openDataFilesPath}/${authority}.json`;
export const openDataLdPathOf = (authority: string) => `${openDataFilesPath}/${authority}.jsonld`;

/** Whether an address is a feed (in any language) or open data, which other sites' software may fetch too (CORS). */
export const isOpenDataPath = (path: string) =>
  path.startsWith(`${openDataRoot}/`) ||
  (languages.some(({ code }) => path.startsWith(`${localePath(code, changesPath)}/`)) &&
    path.endsWith('.xml'));

/** The root address of the page the web server answers with when a language's address has no page. */
export const notFoundPath = '/404';

/** The not-found page in the language of an address: the language whose prefix it has, else the source language's. */
export function notFoundPathFor(path: string): string {
  const language = languages.find(
    ({ code }) => code !== sourceLanguage && (path === `/${code}` || path.startsWith(`/${code}/`)),
  );
  return localePath(language?.code ?? sourceLanguage, notFoundPath);
}

/** Addresses that are the same in every language: files, data and redirects, not pages. */
const languageNeutral = [
  `${openDataRoot}/`,
  '/_next/',
  '/pagefind/',
  accessibilityStatementPath,
  privacyPolicyWellKnownPath,
  '/licenser.txt',
  '/icon.svg',
  '/sitemap.xml',
  '/robots.txt',
  '/soeg.js',
  requestScriptPath,
];

const isLanguageNeutral = (path: string) =>
  languageNeutral.some((neutral) => (neutral.endsWith('/') ? path.startsWith(neutral) : path === neutral));

/**
 * A root address under a language's code, with the language's words where an address has them (a right's
 * request page); the source language's addresses are the root addresses themselves.
 */
function underLanguage(language: string, path: string): string {
  if (language === sourceLanguage) return path;
  if (path === '/' || /^\/[?#]/.test(path)) return `/${language}${path.slice(1)}`;
  return `/${language}${withRightSegmentIn(language, path)}`;
}

/**
 * The address of a page (or feed) of the site in a language: the root address itself in the source
 * language, under the language's code in the others. Fragments and addresses that are the same in every
 * language (files, open data, redirects) and other sites' addresses stay as they are.
 */
export function localePath(language: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return isLanguageNeutral(path.replace(/[?#].*$/, '')) ? path : underLanguage(language, path);
}

/** The last segment of a path: the file name a route handler's parameter receives. */
export const fileNameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

interface Generated {
  path: string;
  /** The content file whose name makes the address; absent for the site's fixed addresses. */
  source?: string;
  /** The authority or agreement file whose addresses these are, so its own sub-addresses never clash. */
  family?: string;
}

/** A page or feed of the source language, at its root address. */
type SourceRoute = Generated & ({ kind: 'page' } | { kind: 'feed'; authority?: string });

export type Route =
  | (SourceRoute & {
      language: string;
      /** The root address of the same page or feed: what its twins in the other languages share. */
      sourcePath: string;
    })
  | (Generated & { kind: 'data'; format: 'index' | 'schema' | 'json' | 'jsonld'; authority?: string });

export interface RouteSource {
  authorities: readonly {
    slug: string;
    file: string;
    notices: readonly { slug: string; file: string }[];
    /** The rights a reader can request there, each with a page; absent where only the files are known. */
    requestableRights?: readonly string[];
  }[];
  agreements: readonly { slug: string; file: string }[];
}

const fixedPages = ['/', overviewPath, rightsPath, complaintPath, changesPath, searchPath, openDataPath];

/** The pages and feeds of the source language, at their root addresses. */
function sourceRoutes({ authorities, agreements }: RouteSource): SourceRoute[] {
  return [
    ...fixedPages.map((path): SourceRoute => ({ kind: 'page', path })),
    ...authorities.flatMap(({ slug, file, notices }): SourceRoute[] => [
      { kind: 'page', path: authorityPath(slug), source: file, family: file },
      ...notices.map((notice): SourceRoute => ({
        kind: 'page',
        path: noticePath(slug, notice.slug),
        source: notice.file,
        family: file,
      })),
    ]),
    // The request pages take their address from the authority's file, as its hub does.
    ...authorities.flatMap(({ slug, file, requestableRights = [] }): SourceRoute[] => [
      { kind: 'page', path: requestPath(slug), source: file, family: file },
      ...requestableRights.map((right): SourceRoute => ({
        kind: 'page',
        path: requestRightPath(slug, right),
        source: file,
        family: file,
      })),
    ]),
    ...authorities.map(({ slug, file }): SourceRoute => ({
      kind: 'page',
      path: authorityChangesPath(slug),
      source: file,
      family: file,
    })),
    ...agreements.map(({ slug, file }): SourceRoute => ({
      kind: 'page',
      path: agreementPath(slug),
      source: file,
      family: file,
    })),
    { kind: 'feed', path: siteFeedPath },
    ...authorities.map(({ slug, file }): SourceRoute => ({
      kind: 'feed',
      path: authorityFeedPath(slug),
      authority: slug,
      source: file,
      family: file,
    })),
  ];
}

/**
 * Every page, feed and data file generated from the content: the pages and feeds in every language, the
 * source language's first and its front page first, then the open data, which is the same in all.
 */
export function routeTable(
  source: RouteSource,
  languageCodes: readonly string[] = languages.map(({ code }) => code),
): Route[] {
  const routes = sourceRoutes(source);
  const { authorities } = source;
  return [
    ...languageCodes.flatMap((code) =>
      routes.map((route): Route => ({
        ...route,
        path: underLanguage(code, route.path),
        language: code,
        sourcePath: route.path,
      })),
    ),
    { kind: 'data', path: openDataIndexPath, format: 'index' },
    { kind: 'data', path: openDataSchemaPath, format: 'schema' },
    ...authorities.flatMap(({ slug, file }): Route[] => [
      {
        kind: 'data',
        path: openDataPathOf(slug),
        format: 'json',
        authority: slug,
        source: file,
        family: file,
      },
      {
        kind: 'data',
        path: openDataLdPathOf(slug),
        format: 'jsonld',
        authority: slug,
        source: file,
        family: file,
      },
    ]),
  ];
}

/** The pages of the table in every language: what the sitemap lists and the end-to-end tests visit. */
export const pageRoutes = (source: RouteSource) =>
  routeTable(source).flatMap((route) => (route.kind === 'page' ? [route] : []));

/** The addresses of the pages of the table, in every language. */
export const pagePaths = (source: RouteSource) => pageRoutes(source).map((route) => route.path);

/** The feeds, each with the file name its route handler receives. */
export const feedRoutes = (source: RouteSource) =>
  routeTable(source).flatMap((route) => (route.kind === 'feed' ? [route] : []));

/** The open data files, each with the file name its route handler receives. */
export const dataRoutes = (source: RouteSource) =>
  routeTable(source).flatMap((route) => (route.kind === 'data' ? [route] : []));

/**
 * Addresses the site answers besides the table: the framework's assets and the search index (folders,
 * ending in "/"), the redirects, the 404 page in every language, the front page's own file name, and the files Next.js
 * writes from src/app (sitemap, robots, icon).
 */
const otherAddresses = [
  // The folder of every authority's request pages: an authority of this name would take it from all of them.
  requestsPath,
  '/_next/',
  '/pagefind/',
  accessibilityStatementPath,
  privacyPolicyWellKnownPath,
  ...languages.map(({ code }) => localePath(code, notFoundPath)),
  '/index',
  '/sitemap.xml',
  '/robots.txt',
  '/icon.svg',
];

/**
 * The addresses made from a content file's name that the site already uses, at any level: the same
 * address, or an address inside it that is not the file's own (e.g. an authority named "data" would sit
 * above the open data files). One per file, with the address that clashes.
 */
export function routeCollisions(source: RouteSource): { source: string; path: string }[] {
  const routes = routeTable(source);
  const taken: Generated[] = [...routes, ...otherAddresses.map((path) => ({ path }))];
  // Indexed rather than compared pair by pair: with 1,000 notices the table holds thousands of addresses.
  const holders = new Map<string, number>();
  const familiesInside = new Map<string, Set<string | undefined>>();
  for (const { path, family } of taken) {
    holders.set(path, (holders.get(path) ?? 0) + 1);
    for (let end = path.indexOf('/', 1); end !== -1; end = path.indexOf('/', end + 1)) {
      const above = path.slice(0, end);
      familiesInside.set(above, (familiesInside.get(above) ?? new Set()).add(family));
    }
  }
  const clashes = new Map<string, string>();
  for (const route of routes) {
    if (!route.source || clashes.has(route.source)) continue;
    const inside = [...(familiesInside.get(route.path) ?? [])];
    const clash = holders.get(route.path)! > 1 || inside.some((family) => family !== route.family);
    if (clash) clashes.set(route.source, route.path);
  }
  return [...clashes].map(([file, path]) => ({ source: file, path }));
}
