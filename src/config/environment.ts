import path from 'node:path';

/**
 * Every environment variable the site and its scripts read, and the folders they use: one place, each
 * documented in the README's configuration table.
 */

/** SITE_URL: the address the site is published at, without a trailing slash. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** ACCESSIBILITY_STATEMENT_URL: where /was leads; Digitaliseringsstyrelsen's WAS-Tool by default. */
export const accessibilityStatementUrl =
  process.env.ACCESSIBILITY_STATEMENT_URL ?? `https://was.digst.dk/${new URL(siteUrl).hostname}`;

/** PERSONDATA_CONTENT_DIR: the content folder as messages name it; the benchmark builds generated sets this way. */
export const contentLabel = process.env.PERSONDATA_CONTENT_DIR ?? 'content';

/** The content folder on disk. */
export function contentRoot(): string {
  // The pages are prerendered at build time, so the server bundle needs no trace of this folder.
  return path.resolve(/* turbopackIgnore: true */ contentLabel);
}

/** The folders a build writes, relative to the project. */
export const buildFolders = {
  /** PERSONDATA_OUT_DIR: the static publication that `npm run build` writes and every server serves. */
  publication: process.env.PERSONDATA_OUT_DIR ?? 'out',
};
