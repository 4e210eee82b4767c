import type { ContentProblem } from '@/lib/content/errors';

import { Alert } from '../alert';
import { ProblemList } from './problem-list';

interface ProblemPanelProps {
  /** The errors that keep the page from being shown; at least one. */
  problems: readonly ContentProblem[];
}

const heading = { id: 'indholdet-har-fejl', title: 'Siden kan ikke vises, fordi indholdet har fejl' };

/** "Ret de 2 fejl herunder, gem filerne, …": what to do, in the number of errors and files there are. */
function whatToDo(problems: readonly ContentProblem[]) {
  const errors = problems.length === 1 ? 'fejlen' : `de ${problems.length} fejl`;
  const files = new Set(problems.map((problem) => problem.file)).size === 1 ? 'filen' : 'filerne';
  return `Ret ${errors} herunder, gem ${files}, og genindlæs siden. Indtil da kan sitet heller ikke bygges og udgives.`;
}

/** What the preview shows instead of a page whose content has errors; it stands for the page, so an h1. */
export function ProblemPanel({ problems }: ProblemPanelProps) {
  return (
    <div data-preview="">
      <Alert kind="error" heading={heading} level={1} className="problem-panel">
        <p className="alert-text">{whatToDo(problems)}</p>
        <ProblemList problems={problems} />
        <p className="alert-text">
          Kør <code>npm run check:content</code> for at se alle problemer i indholdet på én gang.
        </p>
      </Alert>
    </div>
  );
}
