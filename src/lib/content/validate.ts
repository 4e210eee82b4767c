import type { z } from 'zod';

import type { ContentProblem } from './errors';
import { describeField, formatFieldPath } from './field-names';
import { editorMessage } from './issue-messages';

export type Validated<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

export const unknownFieldMessage = 'er ikke et felt, som siden kender. Ret stavningen, eller slet feltet';

/** How many letters must be added, removed or changed to turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (const [i, letter] of [...a].entries()) {
    const current = [i + 1];
    for (const [j, other] of [...b].entries())
      current.push(
        Math.min(previous[j + 1]! + 1, current[j]! + 1, previous[j]! + (letter === other ? 0 : 1)),
      );
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether `written` looks like `name` misspelt: a letter or two off, fewer in a short name. */
const misspells = (written: string, name: string) =>
  editDistance(written.toLowerCase(), name.toLowerCase()) <= Math.min(2, Math.floor(name.length / 3));

const isMissing = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && issue.input === undefined;

/**
 * A misspelt field name makes two issues, the unknown name and the missing field; told once, at the
 * misspelt name, they are one mistake with its fix.
 */
function misspeltFields(issues: readonly z.core.$ZodIssue[], file: string) {
  const missingTold = new Set<z.core.$ZodIssue>();
  const problems = new Map<string, ContentProblem>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const missing = issues.find(
        (other) =>
          isMissing(other) &&
          !missingTold.has(other) &&
          other.path.length === issue.path.length + 1 &&
          issue.path.every((part, index) => other.path[index] === part) &&
          misspells(key, String(other.path.at(-1))),
      );
      if (!missing) continue;
      missingTold.add(missing);
      const field = formatFieldPath([...issue.path, key]);
      const name = String(missing.path.at(-1));
      problems.set(field, {
        file,
        field,
        message: `er ikke et felt, som siden kender, og feltet ${describeField(name)} mangler. Ret stavningen til ${name}`,
      });
    }
  }
  return { missingTold, problems };
}

function toProblems(
  issue: z.core.$ZodIssue,
  file: string,
  unknownField: string,
  misspelt: ReturnType<typeof misspeltFields>,
): ContentProblem[] {
  if (misspelt.missingTold.has(issue)) return [];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const field = formatFieldPath([...issue.path, key]);
      return misspelt.problems.get(field) ?? { file, field, message: unknownField };
    });
  }
  return [{ file, field: formatFieldPath(issue.path), message: issue.message }];
}

/** Checks frontmatter against a schema and words every issue for editors; `unknownField` words a field the schema does not have. */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  unknownField = unknownFieldMessage,
): Validated<z.output<Schema>> {
  const result = schema.safeParse(data, { error: editorMessage, reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const { issues } = result.error;
  const misspelt = misspeltFields(issues, file);
  return {
    ok: false,
    problems: issues.flatMap((issue) => toProblems(issue, file, unknownField, misspelt)),
  };
}
