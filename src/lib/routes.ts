/** Every URL the site has, built in one place so pages, links and the link check agree. */

export const rightsPath = '/dine-rettigheder';
export const complaintPath = '/klage-til-datatilsynet';
export const overviewPath = '/oversigt';
export const changesPath = '/aendringer';
export const searchPath = '/soeg';
export const openDataPath = '/data-om-behandlinger';
const agreementsPath = '/faelles-dataansvar';
/** Files generated beside the pages (feeds, open data, search index, sitemap). */
const openDataFilesPath = '/data/v1';

/** Top-level URL segments used by fixed pages and Next.js itself: no authority may take them. */
export const reservedSegments: readonly string[] = [
  rightsPath.slice(1),
  complaintPath.slice(1),
  overviewPath.slice(1),
  agreementsPath.slice(1),
  changesPath.slice(1),
  searchPath.slice(1),
  openDataPath.slice(1),
  'data',
  'pagefind',
  'was',
  '_next',
  'api',
];

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

/** The last segment of a path: the file name a route handler's parameter receives. */
export const fileNameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

interface RouteSource {
  authorities: readonly { slug: string; purposes: readonly { slug: string }[] }[];
  agreements: readonly { slug: string }[];
}

/** All pages generated from the content, front page first. */
export function listRoutes({ authorities, agreements }: RouteSource): string[] {
  return [
    '/',
    overviewPath,
    rightsPath,
    complaintPath,
    changesPath,
    searchPath,
    openDataPath,
    ...authorities.flatMap((authority) => [
      authorityPath(authority.slug),
      ...authority.purposes.map((purpose) => purposePath(authority.slug, purpose.slug)),
    ]),
    ...agreements.map((agreement) => agreementPath(agreement.slug)),
  ];
}
