import type { Element, RootContent } from 'hast';
import type { Root as MarkdownTree } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

import type { MarkdownHeading, MarkdownLink, RenderedMarkdown } from './types';

/**
 * GitHub's sanitising schema, with three changes: heading ids are kept as written (stable anchors,
 * no "user-content-" prefix), phone links are allowed, and images are dropped (notices are text,
 * and a remote image would track readers).
 */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img' && tag !== 'picture'),
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] },
};

const allowedProtocols = sanitizeSchema.protocols?.href ?? [];

/**
 * The protocol of an address the sanitiser would remove from a link, as hast-util-sanitize decides it: a
 * colon before any "/", "?" or "#" starts a protocol, which must be one of the schema's (letter case
 * counts). Undefined when the link is kept.
 */
export function refusedProtocol(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  const notProtocol = ['/', '?', '#'].some((mark) => url.includes(mark) && url.indexOf(mark) < colon);
  if (notProtocol) return undefined;
  const protocol = url.slice(0, colon);
  return allowedProtocols.includes(protocol) ? undefined : protocol;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML in the Markdown is dropped here: remark-rehype leaves it out unless told otherwise. What is
  // dropped is an error for the editor (markdown-removed.ts).
  .use(remarkRehype)
  .use(rehypeSlug)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

function textOf(node: RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function collect(nodes: RootContent[], headings: MarkdownHeading[], links: MarkdownLink[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    collectElement(node, headings, links);
    collect(node.children, headings, links);
  }
}

function collectElement(element: Element, headings: MarkdownHeading[], links: MarkdownLink[]): void {
  const line = element.position?.start.line ?? 1;
  const level = /^h([1-6])$/.exec(element.tagName)?.[1];
  if (level)
    headings.push({
      level: Number(level),
      id: String(element.properties.id ?? ''),
      text: textOf(element),
      line,
    });
  if (element.tagName === 'a' && typeof element.properties.href === 'string')
    links.push({ href: element.properties.href, line });
}

/** The Markdown syntax tree, with each node's position, as the renderer reads it. */
export const parseMarkdown = (markdown: string): MarkdownTree => processor.parse(markdown);

/** A parsed Markdown tree to sanitised HTML, plus the headings and links it contains. Pure. */
export function renderMarkdownTree(markdownTree: MarkdownTree): RenderedMarkdown {
  const tree = processor.runSync(markdownTree);
  const headings: MarkdownHeading[] = [];
  const links: MarkdownLink[] = [];
  collect(tree.children, headings, links);
  return { html: processor.stringify(tree), headings, links };
}

/** Markdown (with GFM tables) to sanitised HTML, plus the headings and links it contains. Pure. */
export const renderMarkdown = (markdown: string) => renderMarkdownTree(parseMarkdown(markdown));
