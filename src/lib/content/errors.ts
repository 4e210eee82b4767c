/** One problem in one content file: where it is and what to fix. */
export interface ContentProblem {
  /** Path relative to the project, e.g. "content/purposes/udlaendingestyrelsen/videoovervaagning.md". */
  file: string;
  /** Field path such as "legalBases[0].article"; empty when the problem concerns the whole file. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

/** Thrown once per load, listing every problem found in the content folder. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The content has ${count}:\n${problems.map((problem) => `- ${formatProblem(problem)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Renders a field path the way editors read YAML: legalBases[0].article. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((joined, key) => {
    if (typeof key === 'number') return `${joined}[${key}]`;
    return joined ? `${joined}.${String(key)}` : String(key);
  }, '');
}
