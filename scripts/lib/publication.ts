import { createHash } from 'node:crypto';
import path from 'node:path';

import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

import { requestScriptPath, type Route } from '../../src/config/routes';

/** The site's own scripts, in public/: the search page's and the request page's. */
const siteScripts = new Set<unknown>(['/soeg.js', requestScriptPath]);

/** Scripts a page of the publication may keep: structured data (not executed) and the site's own scripts. */
const keptScripts = (element: Element) =>
  element.properties.type === 'application/ld+json' || siteScripts.has(element.properties.src);

function isFrameworkScript(node: RootContent): boolean {
  if (node.type !== 'element') return false;
  if (node.tagName === 'script') return !keptScripts(node);
  const rel = ([] as unknown[]).concat(node.properties.rel ?? []).map(String);
  return (
    node.tagName === 'link' &&
    (rel.includes('modulepreload') || (rel.includes('preload') && node.properties.as === 'script'))
  );
}

function prune(parent: Root | Element): void {
  parent.children = parent.children.filter((child) => !isFrameworkScript(child));
  for (const child of parent.children) if (child.type === 'element') prune(child);
}

const processor = unified()
  .use(rehypeParse)
  .use(() => (tree: Root) => prune(tree))
  .use(rehypeStringify);

/**
 * A page of the static export without Next.js's runtime: its script tags, script preloads and inline
 * hydration data go; everything a reader sees or follows stays as it was.
 */
export function withoutFrameworkScripts(html: string): string {
  return String(processor.processSync(html));
}

/** The React Server Component payloads Next.js writes beside each exported page, which only its runtime reads. */
export function isFrameworkDataFile(file: string, htmlFiles: ReadonlySet<string>): boolean {
  if (!file.endsWith('.txt')) return false;
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.startsWith('__next.') || htmlFiles.has(`${file.slice(0, -'.txt'.length)}.html`);
}

/** The file Next.js's static export writes for an address of the route table. */
export function publishedFileOf({ kind, path }: Route): string {
  if (kind !== 'page') return path.slice(1);
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/**
 * The address a changed asset (the purged stylesheet, a subset font) is published at: named by its
 * content, like Next.js's own files, because /_next/static/ is cached for a year. Next.js named the
 * file by its content before the change, which stays the same when the change does not.
 */
export function fingerprintedName(file: string, content: string | Buffer): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
  return path.posix.join(path.posix.dirname(file), `${hash}${path.posix.extname(file)}`);
}
