import type { Element, Root, RootContent } from 'hast';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** What a reader sees of a rendered component: its text, headings, list items, terms and links. */
export interface ReaderView {
  /** Every text, with white space collapsed as a browser shows it. */
  text: string;
  headings: string[];
  listItems: string[];
  /** Each term of a description list with its description, "term: description". */
  terms: string[];
  links: { text: string; href: string }[];
}

const parser = unified().use(rehypeParse, { fragment: true });

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

// Blocks a browser shows apart from their neighbours; their text is kept apart by a space.
const blocks = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'div',
  'section',
  'ul',
  'dl',
]);

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return node.children.map(textOf).join('');
  if (node.type !== 'element') return '';
  const text = node.children.map(textOf).join('');
  return blocks.has(node.tagName) ? ` ${text} ` : text;
}

function elementsOf(node: Root | Element): Element[] {
  return node.children.flatMap((child) => (child.type === 'element' ? [child, ...elementsOf(child)] : []));
}

/** Renders a server component to static markup, the way the site's pages are built, and reads it. */
export function readerView(component: ReactNode): ReaderView {
  const tree = parser.parse(renderToStaticMarkup(component));
  const elements = elementsOf(tree);
  const texts = (test: (element: Element) => boolean) =>
    elements.filter(test).map((element) => collapse(textOf(element)));
  return {
    text: collapse(textOf(tree)),
    headings: texts((element) => /^h[1-6]$/.test(element.tagName)),
    listItems: texts((element) => element.tagName === 'li'),
    terms: elements
      .filter((element) => element.tagName === 'dt')
      .map((term) => {
        const row = elements.find((element) => element.children.includes(term))!;
        const description = row.children.find(
          (child): child is Element => child.type === 'element' && child.tagName === 'dd',
        );
        return `${collapse(textOf(term))}: ${collapse(description ? textOf(description) : '')}`;
      }),
    links: elements
      .filter((element) => element.tagName === 'a')
      .map((link) => ({ text: collapse(textOf(link)), href: String(link.properties.href) })),
  };
}
