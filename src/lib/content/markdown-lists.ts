import type { List, Root } from 'mdast';

import type { MarkdownFinding } from './markdown-field';
import { shortened, walk } from './markdown-tree';

/**
 * Lines Markdown adds to the list item above without a word: a line in a list item's paragraph that is
 * indented less than the item's text (a "lazy continuation") is published as part of that item, so two
 * items whose second line lacks its "- " become one. Each is a warning, since some editors wrap a long
 * item without indenting; a properly indented continuation line is not one.
 */
export function mergedListLines(tree: Root, markdown: string): MarkdownFinding[] {
  const lines = markdown.split('\n');
  const findings: MarkdownFinding[] = [];
  walk(tree, (node) => {
    if (node.type === 'list') findings.push(...mergedLinesOf(node, lines));
  });
  return findings;
}

function mergedLinesOf(list: List, lines: readonly string[]): MarkdownFinding[] {
  return list.children.flatMap((item, index) => {
    const textStart = item.children[0]?.position?.start;
    if (!textStart) return [];
    // Where the item's text begins on its first line, counting any list markers and quote marks before it.
    const indent = textStart.column - 1;
    const marker = list.ordered ? `${(list.start ?? 1) + index + 1}. ` : '- ';
    return item.children.flatMap((child) => {
      if (child.type !== 'paragraph' || !child.position) return [];
      const { start, end } = child.position;
      return lines.slice(start.line, end.line).flatMap((text, offset): MarkdownFinding[] => {
        if ((/^[ \t>]*/.exec(text)?.[0].length ?? 0) >= indent) return [];
        return [
          {
            line: start.line + offset + 1,
            message: `linjen "${shortened(text.trim(), 40)}" ser ud til at være et nyt punkt, men bliver en del af punktet over. Skriv "${marker}" foran, eller ryk linjen ${indent} mellemrum ind, hvis den hører til punktet over`,
            warning: true,
          },
        ];
      });
    });
  });
}
