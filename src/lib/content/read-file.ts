import matter from 'gray-matter';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

import type { ContentFolder } from './content-folder';
import type { ContentProblem } from './errors';
import { parseFieldPath } from './field-names';
import { mergedListItems, yamlProblem } from './yaml-messages';

export interface ParsedSource {
  data: unknown;
  /** Problems in YAML that could be read: list items merged into the item above (see mergedListItems). */
  problems: ContentProblem[];
  body: string;
  /** The file's line (from 1) where the Markdown body begins. */
  bodyLine: number;
  /** The line of a field such as "legalBases[0].article", or of its nearest written parent. */
  lineOf: (field: string) => number | undefined;
}

/** The Markdown body of a file, and the file's line (from 1) where it begins. */
export type ParsedBody = Pick<ParsedSource, 'body' | 'bodyLine'>;

/**
 * A file read, or the problem that stops its frontmatter from being read, with the body where the file has
 * one: its Markdown is still checked, so the body's mistakes come in the same run as the frontmatter's.
 */
export type ParsedFile =
  ({ ok: true } & ParsedSource) | { ok: false; problem: ContentProblem; parsedBody?: ParsedBody };

const utf8 = new TextDecoder('utf-8', { fatal: true });

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The line of the deepest node along a field path that the file contains. */
function locate(document: Document, lines: LineCounter, field: string): number | undefined {
  let node: unknown = document.contents;
  let line: number | undefined;
  for (const key of parseFieldPath(field)) {
    let next: { line?: Node; value: unknown } | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (pair) next = { line: pair.key as Node, value: pair.value };
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      next = { line: node.items[key] as Node, value: node.items[key] };
    }
    if (!next) break;
    const start = next.line?.range?.[0];
    if (start !== undefined) line = lines.linePos(start).line;
    node = next.value;
  }
  return line;
}

/**
 * Parses the text of a content file: YAML frontmatter between "---" lines, then Markdown. YAML is read
 * with the `yaml` package's core schema: precise error positions, and no timestamp type, which would turn
 * "2026-02-30" into 2 March without a word; dates stay text for the schema to check.
 */
export function parseContentSource(source: string, file: string): ParsedFile {
  const fail = (message: string, line?: number): Extract<ParsedFile, { ok: false }> => ({
    ok: false,
    problem: { file, line, field: '', message },
  });
  if (source.trim() === '')
    return fail('filen er tom. Den skal begynde med frontmatter mellem to linjer med "---"');
  if (!source.startsWith('---'))
    return fail('filen skal begynde med en linje med "---" (frontmatter). Tilføj den øverst', 1);
  if (!/\n---[ \t]*\r?(\n|$)/.test(source.slice(3))) {
    return fail(
      'frontmatter lukkes ikke. Tilføj en linje med "---" efter det sidste felt, før teksten begynder',
      1,
    );
  }
  let document: Document | undefined;
  let syntaxError: { line: number; message: string } | undefined;
  const lines = new LineCounter();
  const { data, content } = matter(source, {
    engines: {
      // The text gray-matter passes starts with the rest of the opening "---" line, so its lines are the file's.
      yaml: (frontmatter: string) => {
        document = parseDocument(frontmatter, { schema: 'core', lineCounter: lines });
        if (document.errors.length === 0) return (document.toJS() ?? {}) as object;
        const frontmatterLines = frontmatter.split('\n');
        syntaxError = yamlProblem(document.errors, (line) => frontmatterLines[line - 1] ?? '');
        return {};
      },
    },
  });
  const bodyStart = source.length - content.length + (content.length - content.trimStart().length);
  const parsedBody = { body: content.trim(), bodyLine: lineAt(source, bodyStart) };
  if (syntaxError) return { ...fail(syntaxError.message, syntaxError.line), parsedBody };
  const parsed = document;
  return {
    ok: true,
    data,
    problems: parsed
      ? mergedListItems(parsed, lines, (line) => source.split('\n')[line - 1] ?? '').map((problem) => ({
          file,
          field: '',
          ...problem,
        }))
      : [],
    ...parsedBody,
    lineOf: (field) => (parsed ? locate(parsed, lines, field) : undefined),
  };
}

/** Reads one file of a content folder (its path there) as UTF-8 and parses it with `parse`. */
export function readContentFile(
  contentFolder: ContentFolder,
  path: string,
  parse = parseContentSource,
): ParsedFile {
  const file = contentFolder.labelOf(path);
  const bytes = contentFolder.read(path);
  if (!bytes) {
    return {
      ok: false,
      problem: { file, field: '', message: 'filen mangler. Siden kan ikke bygges uden den; læg den tilbage' },
    };
  }
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      problem: {
        file,
        field: '',
        message: 'filen er ikke gemt som UTF-8. Gem den igen med tegnkodningen UTF-8',
      },
    };
  }
  return parse(source, file);
}
