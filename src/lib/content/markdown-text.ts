import type { Nodes } from 'mdast';

/** The text of a Markdown node, without its syntax. */
export function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

/** Text as a message quotes it: at most `length` characters, ending in "…" where cut. */
export const shortened = (text: string, length = 60) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
