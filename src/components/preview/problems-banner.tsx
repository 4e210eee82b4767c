import { isError, type ContentProblem } from '@/lib/content/errors';
import { countOf } from '@/lib/labels';

/** The preview's own page listing every problem in the content; `npm run dev` only, never built. */
export const previewProblemsPath = '/_forhaandsvisning/problemer';

interface ProblemsBannerProps {
  /** Every problem in the content, errors and warnings. */
  problems: readonly ContentProblem[];
}

/** A line at the top of every page in the preview while the content has problems; nothing when it has none. */
export function ProblemsBanner({ problems }: ProblemsBannerProps) {
  if (problems.length === 0) return null;
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  return (
    <section className="preview-notice" aria-label="Forhåndsvisning" data-preview="">
      <p>
        <strong>Forhåndsvisning:</strong> Indholdet har {countOf(errors, 'fejl', 'fejl')} og{' '}
        {countOf(warnings, 'advarsel', 'advarsler')}. <a href={previewProblemsPath}>Se alle problemer</a>
      </p>
    </section>
  );
}
