import {
  changesPath,
  complaintPath,
  openDataPath,
  overviewPath,
  rightsPath,
  searchPath,
} from '../lib/routes';

/** Where the site is published; set SITE_URL when building for production. */
const url = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** Site-wide settings as typed data. */
export const site = {
  name: 'Persondata',
  tagline: 'Sådan behandler Udlændinge- og Integrationsministeriet og dets styrelser dine personoplysninger',
  language: 'da',
  url,
  /** Digitaliseringsstyrelsen's WAS-Tool publishes each site's statement at was.digst.dk/<domain>. */
  accessibilityStatementUrl:
    process.env.ACCESSIBILITY_STATEMENT_URL ?? `https://was.digst.dk/${new URL(url).hostname}`,
  /** The authority responsible for the site, named in the footer as DKFDS asks. */
  publisher: {
    name: 'Udlændinge- og Integrationsministeriet',
    address: ['Slotsholmsgade 10', '1216 København K'],
    phone: '+45 61 98 40 00',
  },
} as const;

/** A path on the site as a full address under SITE_URL (canonical links, sitemap, feeds, open data). */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;

/** The short address of the accessibility statement, as Danish public sites use it. */
export const accessibilityStatementPath = '/was';

/** Pages that concern every authority, linked from the footer and the 404 page. */
export const sharedPages = [
  { label: 'Alle formål', href: overviewPath },
  { label: 'Dine rettigheder', href: rightsPath },
  { label: 'Klage til Datatilsynet', href: complaintPath },
  { label: 'Søg i beskrivelserne', href: searchPath },
  { label: 'Ændringer i beskrivelserne', href: changesPath },
  { label: 'Data om behandlinger (åbne data)', href: openDataPath },
] as const;
