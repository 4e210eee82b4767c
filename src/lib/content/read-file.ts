import { existsSync, readFileSync } from 'node:fs';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { ContentProblem } from './errors';

export type ParsedFile =
  | { ok: true; data: unknown; body: string }
  | { ok: false; problem: ContentProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

// YAML's own timestamp type turns "2026-02-30" into 2 March without a word; the core schema keeps
// dates as text so the schema can check them.
const matterOptions = {
  engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA }) as object },
};

function isYamlError(error: unknown): error is yaml.YAMLException {
  return error instanceof Error && error.name === 'YAMLException';
}

/** Parses the text of a content file: YAML frontmatter between "---" lines, then Markdown. */
export function parseContentSource(source: string, file: string): ParsedFile {
  const fail = (message: string): ParsedFile => ({ ok: false, problem: { file, field: '', message } });
  if (source.trim() === '') return fail('is empty; it needs frontmatter between two "---" lines');
  if (!source.startsWith('---')) return fail('has no frontmatter; the file must start with a "---" line');
  try {
    const { data, content } = matter(source, matterOptions);
    return { ok: true, data, body: content.trim() };
  } catch (error) {
    if (!isYamlError(error)) throw error;
    // The YAML starts right after the opening "---" line; js-yaml counts from 0 from the "---" line's end.
    return fail(`line ${error.mark.line + 1}: the frontmatter is not valid YAML (${error.reason})`);
  }
}

/** Reads one content file from disk as UTF-8 and parses it. */
export function readContentFile(absolutePath: string, file: string): ParsedFile {
  if (!existsSync(absolutePath)) return { ok: false, problem: { file, field: '', message: 'is missing; the site cannot be built without it' } };
  let source: string;
  try {
    source = utf8.decode(readFileSync(absolutePath));
  } catch {
    return { ok: false, problem: { file, field: '', message: 'is not UTF-8 text; save it with the encoding UTF-8' } };
  }
  return parseContentSource(source, file);
}
