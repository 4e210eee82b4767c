import type { ContentProblem } from '@/lib/content/errors';
import { describeField } from '@/lib/content/field-names';

interface ProblemListProps {
  problems: readonly ContentProblem[];
}

/** Each problem as `npm run check:content` words it: the file and line, the field in Danish, what to do. */
export function ProblemList({ problems }: ProblemListProps) {
  return (
    <ul className="problem-list">
      {problems.map(({ file, line, field, message }, index) => (
        <li key={index}>
          <strong>
            <code>{file}</code>
            {line !== undefined && `, linje ${line}`}
          </strong>
          : {field && `${describeField(field)}: `}
          {message}
        </li>
      ))}
    </ul>
  );
}
