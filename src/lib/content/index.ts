import 'server-only';
import { loadProjectContent, type Content } from './load';

export type { Agreement, Authority, Complaint, Content, Purpose, Right, Rights } from './load';

let loaded: Content | undefined;

/** The site's content, read once per production process; re-read on every call in development so edits show. */
export function getContent(): Content {
  if (loaded) return loaded;
  const content = loadProjectContent();
  if (process.env.NODE_ENV === 'production') loaded = content;
  return content;
}

export function getAuthority(slug: string) {
  return getContent().authorities.find((authority) => authority.slug === slug);
}

export function getPurpose(authoritySlug: string, purposeSlug: string) {
  return getAuthority(authoritySlug)?.purposes.find((purpose) => purpose.slug === purposeSlug);
}

export function getAgreement(slug: string) {
  return getContent().agreements.find((agreement) => agreement.slug === slug);
}

/** The joint-controllership arrangements an authority takes part in. */
export function getAgreementsOf(authoritySlug: string) {
  return getContent().agreements.filter((agreement) => agreement.parties.includes(authoritySlug));
}
