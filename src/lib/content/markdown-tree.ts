import type { Nodes, Parents } from 'mdast';

/** Visits every node of a Markdown syntax tree, parents before their children. */
export function walk(
  node: Nodes,
  visit: (node: Nodes, parent: Parents | undefined) => void,
  parent?: Parents,
) {
  visit(node, parent);
  if ('children' in node) for (const child of node.children) walk(child, visit, node);
}

/** The text of a Markdown node, without its syntax. */
export function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

/** Text as a message quotes it: at most `length` characters, ending in "…" where cut. */
export const shortened = (text: string, length = 60) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
