/**
 * npm run serve — serves the publication in out/ on http://localhost:3000 (PORT to change) the way the
 * shipped nginx configuration does: pretty URLs, one address per page, the 404 page, the redirects and
 * the headers of each address (over plain HTTP, so without HSTS).
 * For trying the site out; production serves out/ with nginx (deploy/), which also sends the
 * pre-compressed files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

import { buildFolders } from '../src/config/environment';
import { securityHeaders } from '../src/config/security-headers';
import { answerFor } from './lib/addresses';

const root = path.resolve(buildFolders.publication);
const port = Number(process.env.PORT ?? 3000);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No publication in ${buildFolders.publication}/: run npm run build first.`);
  process.exit(1);
}

const mediaTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
// The change feeds are Atom documents, as nginx declares them.
const mediaTypeOf = (file: string) =>
  /\/aendringer\/[^/]+\.xml$/.test(file)
    ? 'application/atom+xml; charset=utf-8'
    : (mediaTypes[path.extname(file)] ?? 'application/octet-stream');

/** Whether a path relative to out/ is a file there; never a path outside out/. */
function isFile(relative: string): boolean {
  const absolute = path.join(root, path.normalize(relative));
  return absolute.startsWith(`${root}${path.sep}`) && existsSync(absolute) && statSync(absolute).isFile();
}

/** The request's path, decoded; undefined when its percent-escapes are malformed. */
function pathOf(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

createServer((request, response) => {
  const pathname = pathOf(request.url);
  if (pathname === undefined) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Bad request\n');
    return;
  }
  const answer = answerFor(pathname, isFile);
  // A 404 is answered with the 404 page, and so with its headers. This server speaks plain HTTP only.
  const headersOf = answer.status === 404 ? `/${answer.file.replace(/\.html$/, '')}` : pathname;
  for (const { key, value } of securityHeaders({ path: headersOf, https: false }))
    response.setHeader(key, value);
  if ('location' in answer) {
    response.writeHead(answer.status, { Location: answer.location });
    response.end();
    return;
  }
  const file = path.join(root, answer.file);
  response.writeHead(answer.status, { 'Content-Type': mediaTypeOf(file), 'Cache-Control': 'no-cache' });
  response.end(readFileSync(file));
}).listen(port, () => console.log(`Serving ${buildFolders.publication}/ at http://localhost:${port}`));
