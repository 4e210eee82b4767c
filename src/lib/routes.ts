/** Every URL the site has, built in one place so pages, links and the link check agree. */

export const rightsPath = '/dine-rettigheder';
export const complaintPath = '/klage-til-datatilsynet';
export const overviewPath = '/oversigt';
const agreementsPath = '/faelles-dataansvar';

/** Top-level URL segments used by fixed pages and Next.js itself: no authority may take them. */
export const reservedSegments: readonly string[] = [
  rightsPath.slice(1),
  complaintPath.slice(1),
  overviewPath.slice(1),
  agreementsPath.slice(1),
  '_next',
  'api',
];

export const authorityPath = (authority: string) => `/${authority}`;
export const purposePath = (authority: string, purpose: string) => `/${authority}/${purpose}`;
export const agreementPath = (agreement: string) => `${agreementsPath}/${agreement}`;
export const rightPath = (right: string) => `${rightsPath}#${right}`;
export const topicPath = (topic: string) => `${overviewPath}#${topic}`;

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
    ...authorities.flatMap((authority) => [
      authorityPath(authority.slug),
      ...authority.purposes.map((purpose) => purposePath(authority.slug, purpose.slug)),
    ]),
    ...agreements.map((agreement) => agreementPath(agreement.slug)),
  ];
}
