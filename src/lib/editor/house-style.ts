import { Document, isCollection, isScalar, Scalar, visit } from 'yaml';

/** Phone numbers ("+45 35 36 66 00") and bare numbers ("46"), which the files write in double quotes. */
const writtenQuoted = /^\+?\d[\d ]*$/;

/** The content files wrap long text at about this column. */
const lineWidth = 100;

/**
 * How the content files write a string that starts at `column`: long or multi-line text as a folded
 * `>-` block, phone numbers and numbers written as text (an article such as "46") in double quotes, the
 * rest plain ("60 dage"). The yaml package still quotes a plain string that would read back as another
 * type.
 */
function stringStyle(text: string, column: number): Scalar.Type {
  if (text.includes('\n') || column + text.length > lineWidth) return Scalar.BLOCK_FOLDED;
  if (writtenQuoted.test(text)) return Scalar.QUOTE_DOUBLE;
  return Scalar.PLAIN;
}

/** The column a scalar's text starts at when `document` is written from column 0. */
function columnOf(key: unknown, path: readonly unknown[]): number {
  const collections = path.filter((node) => isCollection(node)).length;
  const indent = 2 * (collections - 1);
  const pair = path.at(-1) as { key?: unknown } | undefined;
  if (key === 'value' && isScalar(pair?.key)) return indent + String(pair.key.value).length + 2;
  return indent + 2;
}

function applyHouseStyle(document: Document, column: number) {
  visit(document, {
    Scalar(key, node, path) {
      if (key !== 'key' && typeof node.value === 'string')
        node.type = stringStyle(node.value, column + columnOf(key, path));
    },
  });
}

/** `value` written in the files' style from column `column`: one "key: …" entry, or one "- …" list item without a key. */
export function renderEntry(key: string | undefined, value: unknown, column: number): string {
  const document = new Document(key === undefined ? [value] : { [key]: value }, { schema: 'core' });
  applyHouseStyle(document, column);
  return indentFollowingLines(document.toString({ lineWidth: lineWidth - column }), column);
}

/** A whole frontmatter, for a new file; nothing when it has no fields. */
export function renderFrontmatter(data: Record<string, unknown>): string {
  if (Object.keys(data).length === 0) return '';
  const document = new Document(data, { schema: 'core' });
  applyHouseStyle(document, 0);
  return document.toString({ lineWidth });
}

/** A changed scalar's text from the start of its value, keeping the original's quotes if it had them. */
export function renderScalar(value: unknown, original: Scalar, column: number, ownerColumn: number): string {
  const scalar = new Scalar(value);
  if (typeof value === 'string') {
    const quoted = original.type === Scalar.QUOTE_DOUBLE || original.type === Scalar.QUOTE_SINGLE;
    const style = stringStyle(value, column);
    scalar.type = quoted && style !== Scalar.BLOCK_FOLDED ? original.type : style;
  }
  const document = new Document([scalar], { schema: 'core' });
  const item = document.toString({ lineWidth: lineWidth - ownerColumn });
  return indentFollowingLines(item.slice('- '.length), ownerColumn);
}

function indentFollowingLines(text: string, column: number): string {
  const indent = ' '.repeat(column);
  return text.replace(/\n(?=.)/g, `\n${indent}`);
}
