import { existsSync } from 'node:fs';
import path from 'node:path';

import type { ContentProblem } from '../../src/lib/content/errors';

export interface CheckArguments {
  /** --json: the report as JSON on stdout. */
  json: boolean;
  /** --verbose: also every declared gap, every out-of-date or missing translation, and what the change notes were compared with. */
  verbose: boolean;
  /** The files or folders to report on, as problems name them (content/…); undefined for all. */
  files?: string[];
  /** Paths that name nothing in the content folder: errors in the report. */
  problems: ContentProblem[];
  /** What is wrong with the command itself, in Danish; then there is nothing to check. */
  mistake?: string;
}

const options = ['--json', '--verbose'];

/**
 * Reads `npm run check:content -- [--json] [--verbose] [path …]`. A path, relative to `cwd` or absolute,
 * names a file or folder in the content folder `root`, which problems call `label`.
 */
export function parseCheckArguments(
  args: readonly string[],
  { root, label, cwd = process.cwd() }: { root: string; label: string; cwd?: string },
): CheckArguments {
  const example = `${label}/purposes/udlaendingestyrelsen/videoovervaagning.md`;
  const problems: ContentProblem[] = [];
  const files: string[] = [];
  for (const arg of args.filter((candidate) => !options.includes(candidate) && !candidate.startsWith('-'))) {
    const relative = path.relative(root, path.resolve(cwd, arg));
    const message =
      relative.startsWith('..') || path.isAbsolute(relative)
        ? `ligger ikke i indholdsmappen. Skriv stien til en fil i ${label}/, fx ${example}`
        : !existsSync(path.join(root, relative))
          ? `findes ikke. Tjek stavningen; stien skal være som fx ${example}`
          : undefined;
    if (message) problems.push({ file: arg, field: '', message });
    files.push(message ? arg : [label, ...relative.split(path.sep)].filter(Boolean).join('/'));
  }
  const unknown = args.filter((arg) => arg.startsWith('-') && !options.includes(arg));
  return {
    json: args.includes('--json'),
    verbose: args.includes('--verbose'),
    ...(files.length > 0 && { files }),
    problems,
    ...(unknown.length > 0 && {
      mistake: `npm run check:content kender ikke ${unknown.join(', ')}. Skriv --json, --verbose og stier til filer, fx npm run check:content -- --verbose ${example}`,
    }),
  };
}
