import { countOf } from '../labels';
import { describeField } from './field-names';

/** One problem in one content file: where it is, in words an editor knows, and what to do. */
export interface ContentProblem {
  /** Path relative to the project, e.g. "content/purposes/udlaendingestyrelsen/videoovervaagning.md". */
  file: string;
  /** Line in the file (from 1) where the mistake is; absent when it concerns the whole file. */
  line?: number;
  /** Field path such as "legalBases[0].article"; empty when the problem concerns the whole file. */
  field: string;
  /** What is wrong and what to do, in Danish. */
  message: string;
  /** A warning is told to the editor but does not stop the build. */
  warning?: boolean;
}

export const isError = (problem: ContentProblem) => !problem.warning;

/**
 * "content/a.md, linje 4: title (titel): skal udfyldes" — one line per problem, in the editor's words; a
 * warning says so after its place: "content/a.md, linje 9 (advarsel): …".
 */
export function formatProblem({ file, line, field, message, warning }: ContentProblem): string {
  const place = `${line === undefined ? file : `${file}, linje ${line}`}${warning ? ' (advarsel)' : ''}`;
  return field ? `${place}: ${describeField(field)}: ${message}` : `${place}: ${message}`;
}

/** Thrown by loadContent when the content has errors, listing every problem found. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter(isError).length;
    super(
      `Indholdet har ${countOf(errors, 'fejl', 'fejl')}:\n${problems.map((problem) => `- ${formatProblem(problem)}`).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
