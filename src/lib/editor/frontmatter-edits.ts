import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

import { isPlainObject, sameValue } from './form-values';
import { renderEntry, renderScalar } from './house-style';

/** Replace `source[from, to)` with `text`. */
interface Edit {
  from: number;
  to: number;
  text: string;
}

type Values = Record<string, unknown>;

/**
 * The text edits that turn the YAML `source` (whose parsed root map is `root`, with values `had`) into
 * one with the values `wanted`, touching only the lines of values that differ. Undefined when the
 * root map cannot be edited in place and should be written anew.
 */
export function frontmatterEdits(source: string, root: YAMLMap, had: Values, wanted: Values) {
  const edits: Edit[] = [];
  const text = new SourceText(source);
  if (!editableMap(text, root, wanted)) return undefined;
  editMap(text, root, had, wanted, edits);
  return edits;
}

/**
 * Applies edits that do not overlap, from the end so earlier offsets stay true. At one offset a replacement
 * goes before an insert, so the insert takes the replaced text's place, and inserts keep the order they
 * were made in.
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index }));
  ordered.sort((a, b) => b.edit.from - a.edit.from || b.edit.to - a.edit.to || b.index - a.index);
  return ordered.reduce(
    (text, { edit }) => text.slice(0, edit.from) + edit.text + text.slice(edit.to),
    source,
  );
}

class SourceText {
  constructor(readonly source: string) {}
  lineStart(offset: number) {
    return this.source.lastIndexOf('\n', offset - 1) + 1;
  }
  column(offset: number) {
    return offset - this.lineStart(offset);
  }
  firstOnLine(offset: number) {
    return this.source.slice(this.lineStart(offset), offset).trim() === '';
  }
  /** The offset after the line that `end` (an exclusive end) finishes on. */
  lineEnd(end: number) {
    if (end > 0 && this.source[end - 1] === '\n') return end;
    const newline = this.source.indexOf('\n', end);
    return newline < 0 ? this.source.length : newline + 1;
  }
}

const keyOf = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);
const startOf = (node: unknown) => (node as Node).range![0];
const endOf = (node: unknown) => (node as Node).range![2];
const pairEnd = (pair: Pair) => endOf(pair.value ?? pair.key);

/** A block map the edits can change key by key: one that keeps a key, and keeps the key a list item's "- " stands before. */
function editableMap(text: SourceText, node: YAMLMap, wanted: unknown): wanted is Values {
  const [first] = node.items;
  if (node.flow || !isPlainObject(wanted) || !first) return false;
  if (!node.items.some((pair) => keyOf(pair) in wanted)) return false;
  return text.firstOnLine(startOf(first.key)) || keyOf(first) in wanted;
}

/** A block list the edits can change item by item: every item on lines of its own. */
function editableSeq(text: SourceText, node: YAMLSeq, wanted: unknown): wanted is unknown[] {
  if (node.flow || !Array.isArray(wanted) || wanted.length === 0 || node.items.length === 0) return false;
  return node.items.every((item) => item !== null && text.firstOnLine(dashOf(text, item)));
}

const dashOf = (text: SourceText, item: unknown) => text.source.lastIndexOf('-', startOf(item) - 1);

function editMap(text: SourceText, node: YAMLMap, had: Values, wanted: Values, edits: Edit[]) {
  const keys = node.items.map(keyOf);
  const firstKey = startOf(node.items[0]?.key);
  const keyColumn = text.column(firstKey);
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (!(key in wanted)) {
      if (key in had) edits.push(removePair(text, pair));
    } else if (!(key in had) || !sameValue(had[key], wanted[key])) {
      editValue(text, pair.value, had[key], wanted[key], edits, keyColumn, () => ({
        from: startOf(pair.key),
        to: text.lineEnd(pairEnd(pair)),
        text: renderEntry(key, wanted[key], keyColumn),
      }));
    }
  }
  // A new key goes after the nearest key before it in the form's order, which follows the schema's.
  let after: Pair | undefined;
  for (const key of Object.keys(wanted)) {
    const existing = node.items[keys.indexOf(key)];
    if (existing) {
      after = existing;
      continue;
    }
    const entry = renderEntry(key, wanted[key], keyColumn);
    edits.push(
      after
        ? {
            from: text.lineEnd(pairEnd(after)),
            to: text.lineEnd(pairEnd(after)),
            text: indent(keyColumn) + entry,
          }
        : before(text, firstKey, indent(keyColumn) + entry),
    );
  }
}

/** Inserts `lines` before the line at `offset`, or, on the line of a list item's "- ", right at `offset`. */
function before(text: SourceText, offset: number, lines: string): Edit {
  if (text.firstOnLine(offset))
    return { from: text.lineStart(offset), to: text.lineStart(offset), text: lines };
  const column = text.column(offset);
  return { from: offset, to: offset, text: lines.slice(column) + ' '.repeat(column) };
}

function removePair(text: SourceText, pair: Pair): Edit {
  const start = startOf(pair.key);
  return { from: text.lineStart(start), to: text.lineEnd(pairEnd(pair)), text: '' };
}

/**
 * Changes a value in place where its kind allows, else rewrites its whole entry with `rewrite`.
 * `ownerColumn` is the column of the value's key or "- ": block text is indented two columns past it.
 */
function editValue(
  text: SourceText,
  node: unknown,
  had: unknown,
  wanted: unknown,
  edits: Edit[],
  ownerColumn: number,
  rewrite: () => Edit,
) {
  if (isMap(node) && isPlainObject(had) && editableMap(text, node, wanted)) {
    editMap(text, node, had, wanted, edits);
  } else if (
    isSeq(node) &&
    Array.isArray(had) &&
    had.length === node.items.length &&
    editableSeq(text, node, wanted)
  ) {
    editSeq(text, node, had, wanted, edits);
  } else if (isScalar(node) && node.range && !isPlainObject(wanted) && !Array.isArray(wanted)) {
    edits.push(editScalar(text, node, wanted, ownerColumn));
  } else {
    edits.push(rewrite());
  }
}

function editScalar(text: SourceText, node: Scalar, wanted: unknown, ownerColumn: number): Edit {
  const [start, valueEnd, nodeEnd] = node.range!;
  const value = renderScalar(wanted, node, text.column(start), ownerColumn);
  const oneLine = value.indexOf('\n') === value.length - 1;
  const wasBlock = text.source[valueEnd - 1] === '\n';
  // A value on one line replaces only the value, so a comment after it stays.
  if (oneLine && !wasBlock) return { from: start, to: valueEnd, text: value.slice(0, -1) };
  return { from: start, to: text.lineEnd(nodeEnd), text: value };
}

function editSeq(text: SourceText, node: YAMLSeq, had: unknown[], wanted: unknown[], edits: Edit[]) {
  const items = node.items;
  const shortest = Math.min(had.length, wanted.length);
  let head = 0;
  while (head < shortest && sameValue(had[head], wanted[head])) head++;
  let tail = 0;
  while (tail < shortest - head && sameValue(had.at(-1 - tail), wanted.at(-1 - tail))) tail++;
  const hadEnd = had.length - tail;
  const wantedEnd = wanted.length - tail;
  const paired = Math.min(hadEnd, wantedEnd) - head;
  const dashColumn = text.column(dashOf(text, items[0]));
  const itemEnd = (item: unknown) => text.lineEnd(endOf(item));
  for (let index = head; index < head + paired; index++) {
    const item = items[index];
    editValue(text, item, had[index], wanted[index], edits, dashColumn, () => ({
      from: startOf(item),
      to: itemEnd(item),
      text: renderEntry(undefined, wanted[index], dashColumn).slice('- '.length),
    }));
  }
  for (let index = head + paired; index < hadEnd; index++) {
    const item = items[index];
    edits.push({ from: text.lineStart(dashOf(text, item)), to: itemEnd(item), text: '' });
  }
  const at = hadEnd < items.length ? text.lineStart(dashOf(text, items[hadEnd])) : itemEnd(items.at(-1));
  for (let index = head + paired; index < wantedEnd; index++) {
    edits.push({
      from: at,
      to: at,
      text: indent(dashColumn) + renderEntry(undefined, wanted[index], dashColumn),
    });
  }
}

const indent = (column: number) => ' '.repeat(column);
