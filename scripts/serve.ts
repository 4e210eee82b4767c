/**
 * npm run serve — serves the publication in out/ on http://localhost:3000 (PORT to change) the way the
 * shipped nginx configuration does: pretty URLs, the 404 page, the redirects and the security headers.
 * For trying the site out; production serves out/ with nginx (deploy/), which also sends the
 * pre-compressed files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';

import { buildFolders } from '../src/config/environment';
import { redirects } from '../src/config/redirects';
import { securityHeaders } from '../src/config/security-headers';

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

/** The file an address names: itself, with .html, or its folder's index.html; never outside out/. */
function fileFor(pathname: string): string | undefined {
  const base = path.join(root, path.normalize(pathname));
  if (!base.startsWith(root)) return undefined;
  return [base, `${base}.html`, path.join(base, 'index.html')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
}

function send(response: ServerResponse, status: number, file: string) {
  response.writeHead(status, { 'Content-Type': mediaTypeOf(file), 'Cache-Control': 'no-cache' });
  response.end(readFileSync(file));
}

createServer((request, response) => {
  for (const { key, value } of securityHeaders()) response.setHeader(key, value);
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const redirect = redirects.find((candidate) => candidate.source === pathname);
  if (redirect || (pathname.length > 1 && pathname.endsWith('/'))) {
    response.writeHead(redirect ? 307 : 301, { Location: redirect?.destination ?? pathname.slice(0, -1) });
    response.end();
    return;
  }
  const file = fileFor(pathname);
  if (file) send(response, 200, file);
  else send(response, 404, path.join(root, '404.html'));
}).listen(port, () => console.log(`Serving ${buildFolders.publication}/ at http://localhost:${port}`));
