/**
 * The site's content API, which the routes and components call: the content loaded once for the build,
 * or read anew at each request of the preview with the web editor's draft in memory, in the language of
 * the page being rendered. It sits above the content module, the GDPR rules and i18n, never inside them.
 */
import 'server-only';

import { notFound } from 'next/navigation';
import { cache } from 'react';

import { isPreview } from '../../config/environment';
import { pageLanguage } from '../../i18n';
import { checkProjectContent } from '../content/check';
import type { UnsavedFile } from '../content/content-folder';
import { isError, type ContentProblem } from '../content/errors';
import { loadProjectContent } from '../content/load';
import type { Content } from '../content/types';
import { pageDates, type PageDates } from '../page-dates';
import { contentIn } from './localize';

export type {
  Agreement,
  Authority,
  Complaint,
  Content,
  Localized,
  Notice,
  Right,
  Rights,
} from '../content/types';

/**
 * The preview's reading of the content: the site as far as its files are valid, and every problem in it,
 * read once per request (React's cache), so an edit shows on the next reload. The one place the preview
 * reads the content: what it finds should be what `npm run check:content` finds.
 */
export const getContentCheck = cache(() => {
  const { content, problems } = checkProjectContent();
  return { content, problems };
});

// The web editor's unsaved draft that the page being rendered shows, if any: one holder per request.
const shownDraft = cache((): { draft?: UnsavedFile } => ({}));

/** Makes the page being rendered show the content as it would be with `draft` saved (the editor's preview). */
export function showDraft(draft: UnsavedFile): void {
  shownDraft().draft = draft;
}

const getDraftCheck = cache((file: string, text: string) => {
  const { content, problems } = checkProjectContent([{ file, text }]);
  return { content, problems };
});

/** The preview's reading of the content for the page being rendered: with its draft, if it shows one. */
function previewCheck() {
  const { draft } = shownDraft();
  return draft ? getDraftCheck(draft.file, draft.text) : getContentCheck();
}

let loaded: Content | undefined;

/**
 * The site's content as written, in the source language. The build reads it once and stops with a ContentError listing every problem. The
 * preview (`npm run dev`) shows what is valid; when a shared text every page needs is broken there is
 * nothing to show, so the page stops as not found and the not-found page lists the errors (see
 * getPageProblems): an editor never meets the framework's error overlay.
 */
export function getSourceContent(): Content {
  if (!isPreview) return (loaded ??= loadProjectContent());
  const { content } = previewCheck();
  if (!content) notFound();
  return content;
}

/** The site's content in the language of the page being rendered (see getSourceContent). */
export const getContent = (): Content => contentIn(getSourceContent(), pageLanguage());

/**
 * Why the preview cannot show a page: the errors in the files it is made from, or every error when a
 * shared text every page needs is broken. Always none in the build, which stops at any error.
 */
export function getPageProblems(...files: string[]): ContentProblem[] {
  if (!isPreview) return [];
  const { content, problems } = previewCheck();
  // A draft is shown whenever its files could be read: the editor's preview lists its errors above it.
  const shown = shownDraft().draft && content ? readFiles(content) : new Set<string>();
  return problems.filter(
    (problem) => isError(problem) && (!content || (files.includes(problem.file) && !shown.has(problem.file))),
  );
}

/** The files of the authorities and notices that were read, whatever problems they still have. */
const readFiles = (content: Content) =>
  new Set(
    content.authorities.flatMap((authority) => [
      authority.file,
      ...authority.notices.map((notice) => notice.file),
    ]),
  );

/** Every problem of one file, errors and warnings, in the preview's reading of the page being rendered. */
export function getFileProblems(file: string): ContentProblem[] {
  if (!isPreview) return [];
  return previewCheck().problems.filter((problem) => problem.file === file);
}

/**
 * The parameters a dynamic route lists for the build, which writes a file for each. The preview
 * (`npm run dev`) lists none and makes every address when it is asked for, from the content as it is
 * then: Next.js's development server answers from the list it made at an earlier request and brings it up
 * to date in the background, so a file just added would be "not found" once. Listing none also keeps a
 * broken shared text from failing the list itself.
 */
export function staticParams<Params>(list: (content: Content) => Params[]): Params[] {
  return isPreview ? [] : list(getSourceContent());
}

/** The parameters of every page made per authority (its hub, its request page). */
export const authorityStaticParams = () =>
  staticParams((content) => content.authorities.map((authority) => ({ authority: authority.slug })));

/** Each authority's Danish name by its slug, whatever the page's language: the name its letters use. */
export const danishAuthorityNames = (): ReadonlyMap<string, string> =>
  new Map(getSourceContent().authorities.map((authority) => [authority.slug, authority.name]));

export function getAuthority(slug: string) {
  return getContent().authorities.find((authority) => authority.slug === slug);
}

export function getNotice(authoritySlug: string, noticeSlug: string) {
  return getAuthority(authoritySlug)?.notices.find((notice) => notice.slug === noticeSlug);
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

/** The content dates of the page at this root address, where it has any (see pageDates). */
export function getPageDates(path: string): PageDates | undefined {
  const content = getSourceContent();
  if (!datesOfContent.has(content)) datesOfContent.set(content, pageDates(content));
  return datesOfContent.get(content)!.get(path);
}
