/**
 * Every address the site publishes, built in one place. The pages, the feed and data route handlers,
 * the sitemap, the content check, the link check and the publication all read this table.
 */

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
const openDataRoot = '/data';
const openDataFilesPath = `${openDataRoot}/v1`;

export const authorityPath = (authority: string) => `/${authority}`;
export const purposePath = (authority: string, purpose: string) => `/${authority}/${purpose}`;
export const agreementPath = (agreement: string) => `${agreementsPath}/${agreement}`;
export const rightPath = (right: string) => `${rightsPath}#${right}`;
export const topicPath = (topic: string) => `${overviewPath}#${topic}`;
/** The Atom feed of every notice change on the site. */
export const siteFeedPath = `${changesPath}/alle.xml`;
export const authorityFeedPath = (authority: string) => `${changesPath}/${authority}.xml`;
export const openDataIndexPath = `${openDataFilesPath}/index.json`;
export const openDataSchemaPath = `${openDataFilesPath}/schema.json`;
export const openDataPathOf = (authority: string) => `${openDataFilesPath}/${authority}.json`;
export const openDataLdPathOf = (authority: string) => `${openDataFilesPath}/${authority}.jsonld`;

/** Whether an address is a feed or open data, which other sites' software may fetch too (CORS). */
export const isOpenDataPath = (path: string) =>
  path.startsWith(`${openDataRoot}/`) || (path.startsWith(`${changesPath}/`) && path.endsWith('.xml'));

/** The last segment of a path: the file name a route handler's parameter receives. */
export const fileNameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

interface Generated {
  path: string;
  /** The content file whose name makes the address; absent for the site's fixed addresses. */
  source?: string;
  /** The authority or agreement file whose addresses these are, so its own sub-addresses never clash. */
  family?: string;
}

export type Route = Generated &
  (
    | { kind: 'page' }
    | { kind: 'feed'; authority?: string }
    | { kind: 'data'; format: 'index' | 'schema' | 'json' | 'jsonld'; authority?: string }
  );

export interface RouteSource {
  authorities: readonly { slug: string; file: string; purposes: readonly { slug: string; file: string }[] }[];
  agreements: readonly { slug: string; file: string }[];
}

const fixedPages = ['/', overviewPath, rightsPath, complaintPath, changesPath, searchPath, openDataPath];

/** Every page, feed and data file generated from the content, front page first. */
export function routeTable({ authorities, agreements }: RouteSource): Route[] {
  return [
    ...fixedPages.map((path): Route => ({ kind: 'page', path })),
    ...authorities.flatMap(({ slug, file, purposes }): Route[] => [
      { kind: 'page', path: authorityPath(slug), source: file, family: file },
      ...purposes.map((purpose): Route => ({
        kind: 'page',
        path: purposePath(slug, purpose.slug),
        source: purpose.file,
        family: file,
      })),
    ]),
    ...agreements.map(({ slug, file }): Route => ({
      kind: 'page',
      path: agreementPath(slug),
      source: file,
      family: file,
    })),
    { kind: 'feed', path: siteFeedPath },
    ...authorities.map(({ slug, file }): Route => ({
      kind: 'feed',
      path: authorityFeedPath(slug),
      authority: slug,
      source: file,
      family: file,
    })),
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

/** The pages of the table: what the sitemap lists and the end-to-end tests visit. */
export const pagePaths = (source: RouteSource) =>
  routeTable(source)
    .filter((route) => route.kind === 'page')
    .map((route) => route.path);

/** The feeds, each with the file name its route handler receives. */
export const feedRoutes = (source: RouteSource) =>
  routeTable(source).flatMap((route) => (route.kind === 'feed' ? [route] : []));

/** The open data files, each with the file name its route handler receives. */
export const dataRoutes = (source: RouteSource) =>
  routeTable(source).flatMap((route) => (route.kind === 'data' ? [route] : []));

/**
 * Addresses the site answers besides the table: the framework's assets and the search index (folders,
 * ending in "/"), the redirects, the 404 page, the front page's own file name, and the files Next.js
 * writes from src/app (sitemap, robots, icon).
 */
const otherAddresses = [
  '/_next/',
  '/pagefind/',
  accessibilityStatementPath,
  privacyPolicyWellKnownPath,
  '/404',
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
  const clashes = new Map<string, string>();
  for (const route of routes) {
    if (!route.source || clashes.has(route.source)) continue;
    const clash = taken.some(
      (other) =>
        other !== route &&
        (other.path === route.path ||
          (other.path.startsWith(`${route.path}/`) && other.family !== route.family)),
    );
    if (clash) clashes.set(route.source, route.path);
  }
  return [...clashes].map(([file, path]) => ({ source: file, path }));
}
