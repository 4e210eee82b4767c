import { ProblemList } from '@/components/preview/problem-list';
import { isError, type ContentProblem } from '@/lib/content/errors';
import { countOf } from '@/lib/labels';

interface DraftStatusProps {
  /** The draft's problems, as `npm run check:content` would find them with the draft saved. */
  problems: readonly ContentProblem[];
}

/** Above the web editor's preview of a draft: what is an error (the save is refused) and what is missing. */
export function DraftStatus({ problems }: DraftStatusProps) {
  const errors = problems.filter(isError);
  const warnings = problems.filter((problem) => !isError(problem));
  return (
    <section className="editor-bar" aria-labelledby="kladdens-status" data-preview="">
      <p className="editor-bar-title" id="kladdens-status">
        Kladdens status
      </p>
      {problems.length === 0 && <p>Ingen fejl og ingen advarsler: kladden kan gemmes, som den er.</p>}
      {errors.length > 0 && (
        <>
          <p>
            <strong>
              {countOf(errors.length, 'fejl', 'fejl')}: kladden kan ikke gemmes, før{' '}
              {errors.length === 1 ? 'den' : 'de'} er rettet.
            </strong>
          </p>
          <ProblemList problems={errors} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <p>{countOf(warnings.length, 'advarsel', 'advarsler')}: kladden kan gemmes, men bør ses efter.</p>
          <ProblemList problems={warnings} />
        </>
      )}
    </section>
  );
}
