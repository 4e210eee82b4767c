import 'server-only';
import { isPreview } from '../../config/environment';
import { pageDates, type PageDates } from '../page-dates';
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

/**
 * The parameters a dynamic route lists for the build, which writes a file for each. The preview
 * (`npm run dev`) lists none and makes every address when it is asked for, from the content as it is
 * then: Next.js's development server answers from the list it made at an earlier request and brings it up
 * to date in the background, so a file just added would be "not found" once.
 */
export function staticParams<Params>(list: (content: Content) => Params[]): Params[] {
  return isPreview ? [] : list(getContent());
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

// Worked out once per loaded content, not once per page of the build.
const datesOfContent = new WeakMap<Content, Map<string, PageDates>>();

/** The content dates of the page at this path, where it has any (see pageDates). */
export function getPageDates(path: string): PageDates | undefined {
  const content = getContent();
  if (!datesOfContent.has(content)) datesOfContent.set(content, pageDates(content));
  return datesOfContent.get(content)!.get(path);
}
