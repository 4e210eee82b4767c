/**
 * Where the end-to-end tests reach the publication: behind nginx with the shipped configuration (its
 * HTTPS server on a plain loopback port, the same server over TLS, and the plain-HTTP server that
 * redirects to it; see deploy/nginx/serve-local.sh) and behind `npm run serve`; and the editors' preview
 * with the web editor, `npm run edit` (tests/e2e/preview/), and the editor's local backend.
 */
export const publicationPort = Number(process.env.PORT ?? 3100);
export const servePort = publicationPort + 1;
export const httpsPort = publicationPort + 2;
export const httpPort = publicationPort + 3;
export const previewPort = publicationPort + 4;
export const editorBackendPort = publicationPort + 5;
/** nginx with the shipped configuration over a release folder (release.spec.ts); it also takes the two ports after the next. */
export const releasePort = publicationPort + 6;
