import type { z } from 'zod';

import type { ContentProblem } from './errors';
import { formatFieldPath } from './field-names';
import { editorMessage } from './issue-messages';

export type Validated<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

export const unknownFieldMessage = 'er ikke et felt, som siden kender. Ret stavningen, eller slet feltet';

function toProblems(issue: z.core.$ZodIssue, file: string, unknownField: string): ContentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      field: formatFieldPath([...issue.path, key]),
      message: unknownField,
    }));
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
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) => toProblems(issue, file, unknownField)),
  };
}
