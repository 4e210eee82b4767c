import type { Element, RootContent } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export interface MarkdownHeading {
  level: number;
  id: string;
  text: string;
  /** Line in the Markdown (from 1) where the heading stands, so a check can point at it. */
  line: number;
}

export interface MarkdownLink {
  href: string;
  /** Line in the Markdown (from 1) where the link stands. */
  line: number;
}

export interface RenderedMarkdown {
  /** Sanitised HTML, safe to insert into a page. */
  html: string;
  /** Headings in order, with the ids a contents list links to. */
  headings: MarkdownHeading[];
  /** Every link, so the loader can check internal ones. */
  links: MarkdownLink[];
}

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

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML in the Markdown is dropped here: remark-rehype leaves it out unless told otherwise.
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
    headings.push({ level: Number(level), id: String(element.properties.id ?? ''), text: textOf(element), line });
  if (element.tagName === 'a' && typeof element.properties.href === 'string')
    links.push({ href: element.properties.href, line });
}

/** Markdown (with GFM tables) to sanitised HTML, plus the headings and links it contains. Pure. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = processor.runSync(processor.parse(markdown));
  const headings: MarkdownHeading[] = [];
  const links: MarkdownLink[] = [];
  collect(tree.children, headings, links);
  return { html: processor.stringify(tree), headings, links };
}
