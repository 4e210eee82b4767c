import { accessibilityStatementUrl, siteUrl } from './environment';
import { changesPath, complaintPath, openDataPath, overviewPath, rightsPath, searchPath } from './routes';

/** Site-wide settings as typed data. */
export const site = {
  name: 'Persondata',
  url: siteUrl,
  /**
   * The feed-id namespace: the tag: URI prefix (RFC 4151) of the ids of the Atom feeds and their
   * entries. Chosen once and never changed — not an address and not served anywhere — so the ids
   * survive any change of SITE_URL; a new prefix would make feed readers show every entry again.
   */
  feedIdNamespace: 'tag:persondata.uim.dk,2026:',
  accessibilityStatementUrl,
  /** The authority responsible for the site, named in the footer as DKFDS asks. */
  publisher: {
    name: 'Udlændinge- og Integrationsministeriet',
    address: ['Slotsholmsgade 10', '1216 København K'],
    phone: '+45 61 98 40 00',
  },
} as const;

/** A path on the site as a full address under SITE_URL (canonical links, sitemap, feeds, open data). */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;

/** Pages that concern every authority, linked from the footer and the 404 page; `page` names its label in the dictionaries. */
export const sharedPages = [
  { page: 'overview', href: overviewPath },
  { page: 'rights', href: rightsPath },
  { page: 'complaint', href: complaintPath },
  { page: 'search', href: searchPath },
  { page: 'changes', href: changesPath },
  { page: 'openData', href: openDataPath },
] as const;
