import type { Element, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export interface PageLinks {
  ids: Set<string>;
  /** Every href of an <a> or <link>, and every form action, as written. */
  links: string[];
}

const parser = unified().use(rehypeParse);

function walk(nodes: RootContent[], found: PageLinks): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    collect(node, found);
    walk(node.children, found);
    if (node.tagName === 'template' && node.content) walk(node.content.children, found);
  }
}

function collect({ tagName, properties }: Element, found: PageLinks): void {
  if (properties.id !== undefined) found.ids.add(String(properties.id));
  if ((tagName === 'a' || tagName === 'link') && properties.href !== undefined)
    found.links.push(String(properties.href));
  if (tagName === 'form' && properties.action !== undefined) found.links.push(String(properties.action));
}

/** The ids a page defines and the links it makes. */
export function linksOf(html: string): PageLinks {
  const found: PageLinks = { ids: new Set(), links: [] };
  walk(parser.parse(html).children, found);
  return found;
}

interface Site {
  /** Pages by path ("/", "/oversigt"), with their ids and links. */
  pages: ReadonlyMap<string, PageLinks>;
  /** Other addresses that answer: files, feeds, data, redirects. */
  resources: ReadonlySet<string>;
  /** The site's own origin, so absolute links to it are checked too. */
  origin: string;
}

/** Every internal link or #anchor that leads nowhere, as "page: link: what is wrong". */
export function brokenLinks({ pages, resources, origin }: Site): string[] {
  const problems: string[] = [];
  for (const [page, { ids, links }] of pages) {
    for (const link of links) {
      const url = new URL(link, `${origin}${page}`);
      if (url.origin !== origin) continue;
      const pathname = decodeURIComponent(url.pathname);
      const target = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
      const anchor = decodeURIComponent(url.hash.slice(1));
      const targetPage = target === page ? { ids, links } : pages.get(target);
      if (!targetPage && !resources.has(target))
        problems.push(`${page}: ${link}: no page or file at ${target}`);
      else if (anchor && targetPage && !targetPage.ids.has(anchor))
        problems.push(`${page}: ${link}: ${target} has no element with id "${anchor}"`);
    }
  }
  return problems;
}
