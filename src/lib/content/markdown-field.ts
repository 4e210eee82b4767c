import type { RenderedMarkdown } from './types';

/** Markdown found in a file, kept so its links and headings can be checked once all files are read. */
export interface MarkdownField {
  file: string;
  field: string;
  rendered: RenderedMarkdown;
  /** The file's line where this Markdown begins, so a problem in it can name its own line. */
  firstLine: number;
  /** The file's frontmatter has an error: the Markdown is checked, but the page's anchors are not known. */
  inBrokenFile?: true;
}

/**
 * The file's line of a line of a field's Markdown. Only the body keeps the file's lines: YAML may fold a
 * frontmatter field's text into fewer lines (`>-`), so a problem there names the field's own line.
 */
export const lineInFile = ({ field, firstLine }: Pick<MarkdownField, 'field' | 'firstLine'>, line: number) =>
  field === 'body' ? firstLine + line - 1 : firstLine;

/** A problem found in one field's Markdown, at a line of that Markdown (from 1). */
export interface MarkdownFinding {
  line: number;
  /** What is wrong and what to do, in Danish. */
  message: string;
  /** A warning is told to the editor but does not stop the build. */
  warning?: boolean;
}
