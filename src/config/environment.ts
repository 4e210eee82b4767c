import path from 'node:path';

/**
 * Every environment variable the site and its scripts read, and the folders they use: one place, each
 * documented in the README's configuration table.
 */

/**
 * SITE_URL: the address the site is published at, without a trailing slash. `npm run dev` and the tests
 * fall back to the development server's address; a build refuses to (see siteUrlProblem).
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/**
 * Why a build cannot use this SITE_URL, or undefined when it can. Canonical links, feeds and open data
 * carry the address, so a build must be told it: a default would publish the wrong one unnoticed.
 */
export function siteUrlProblem(value = process.env.SITE_URL): string | undefined {
  const example = 'e.g. SITE_URL=https://persondata.example.dk npm run build';
  if (!value) return `SITE_URL is not set. Set it to the address the site will be published at, ${example}.`;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !['http:', 'https:'].includes(url.protocol))
    return `SITE_URL "${value}" is not an http or https address, ${example}.`;
  if (url.pathname !== '/' || url.search || url.hash)
    return `SITE_URL "${value}" has a path; the site is published at the root of its host, ${example}.`;
  return undefined;
}

/** ACCESSIBILITY_STATEMENT_URL: where /was leads; Digitaliseringsstyrelsen's WAS-Tool by default. */
export const accessibilityStatementUrl =
  process.env.ACCESSIBILITY_STATEMENT_URL ??
  // An unusable SITE_URL must reach siteUrlProblem's message, not fail here first.
  `https://was.digst.dk/${URL.canParse(siteUrl) ? new URL(siteUrl).hostname : siteUrl}`;

/**
 * NODE_ENV, which Next.js sets: `development` under `npm run dev`, the editors' preview. Next.js writes the
 * value into the code it compiles, so what only the preview does never reaches the build.
 */
export const isPreview = process.env.NODE_ENV === 'development';

/** PERSONDATA_CONTENT_DIR: the content folder as messages name it; the benchmark builds generated sets this way. */
export const contentLabel = process.env.PERSONDATA_CONTENT_DIR ?? 'content';

/** The content folder on disk. */
export function contentRoot(): string {
  // The pages are prerendered at build time, so the server bundle needs no trace of this folder.
  return path.resolve(/* turbopackIgnore: true */ contentLabel);
}

/**
 * PERSONDATA_PUBLISHED_REF: the git commit, branch or tag of the published content, which the change-note
 * check compares each notice with. Unset, the check uses the merge base of HEAD and origin/main, else of HEAD and main (see
 * src/lib/content/published-version.ts).
 */
export const publishedRef = process.env.PERSONDATA_PUBLISHED_REF || undefined;

/**
 * PERSONDATA_EDITOR_BACKEND_PORT: the loopback port of the web editor's local backend, which `npm run edit`
 * starts (scripts/edit.ts) and the editor at /admin saves through; 8081, Decap's own default, unless set.
 */
export const editorBackendPort = Number(process.env.PERSONDATA_EDITOR_BACKEND_PORT ?? 8081);

/** The address the editor at /admin reaches its local backend at. */
export const editorBackendUrl = `http://127.0.0.1:${editorBackendPort}/api/v1`;

/** The folders a build writes, relative to the project. */
export const buildFolders = {
  /** PERSONDATA_OUT_DIR: the static publication that `npm run build` writes and every server serves. */
  publication: process.env.PERSONDATA_OUT_DIR ?? 'out',
};

/**
 * PERSONDATA_RELEASES_KEPT: how many releases before the current one `npm run release` keeps, for rollback;
 * the current release also serves their hashed assets, so pages readers already hold keep their styles.
 */
export const releasesKept = Number(process.env.PERSONDATA_RELEASES_KEPT ?? 3);

/** PERSONDATA_BENCH_SOAK_SECONDS: how long `npm run bench` keeps the shipped nginx under load (its soak). */
export const benchSoakSeconds = Number(process.env.PERSONDATA_BENCH_SOAK_SECONDS ?? 600);
