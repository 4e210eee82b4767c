import { isError, type ContentProblem } from '@/lib/content/errors';
import { problemInForm } from '@/lib/editor/form-words';
import type { OutdatedField } from '@/lib/editor/outdated-fields';
import { countOf } from '@/lib/labels';

import { OutdatedTranslation } from './outdated-translation';

interface DraftStatusProps {
  /** The draft's problems, as `npm run check:content` would find them with the draft saved; undefined while it is checked. */
  problems?: readonly ContentProblem[];
  /** Whether the preview server did not answer the check. */
  failed: boolean;
  /** The file a new entry will be saved as ("parkering.md"); absent for a file that exists. */
  newFile?: string;
  /** For a translation: its fields out of date against the Danish text, told apart from the problems. */
  outdated?: readonly OutdatedField[];
}

/** A list of problems in the form's words: the field by its label, what is wrong, what to do. */
const ProblemsInForm = ({ problems }: { problems: readonly ContentProblem[] }) => (
  <ul>
    {problems.map((problem, index) => (
      <li key={index}>{problemInForm(problem)}</li>
    ))}
  </ul>
);

/**
 * Above the web editor's preview of a draft: its errors (the save is refused until they are fixed) and
 * warnings, for the form as it is now; while a change is being checked it says so instead of showing the
 * status of the form before the change. A screen reader hears each new status.
 */
export function DraftStatus({ problems, failed, newFile, outdated = [] }: DraftStatusProps) {
  const errors = problems?.filter(isError) ?? [];
  const warnings = problems?.filter((problem) => !isError(problem)) ?? [];
  return (
    <section aria-labelledby="kladdens-status" aria-live="polite" aria-busy={!problems && !failed}>
      <h2 id="kladdens-status">Kladdens status</h2>
      {newFile && <p>Filen gemmes som {newFile}.</p>}
      {failed ? (
        <p>Kladden kunne ikke kontrolleres. Tjek, at npm run edit stadig kører, og ret så feltet igen.</p>
      ) : (
        !problems && <p>Kladden kontrolleres …</p>
      )}
      {problems?.length === 0 && outdated.length === 0 && (
        <p>Ingen fejl og ingen advarsler: kladden kan gemmes, som den er.</p>
      )}
      {errors.length > 0 && (
        <>
          <p>
            <strong>
              {countOf(errors.length, 'fejl', 'fejl')}: kladden kan ikke gemmes, før{' '}
              {errors.length === 1 ? 'den' : 'de'} er rettet.
            </strong>
          </p>
          <ProblemsInForm problems={errors} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <p>{countOf(warnings.length, 'advarsel', 'advarsler')}: kladden kan gemmes, men bør ses efter.</p>
          <ProblemsInForm problems={warnings} />
        </>
      )}
      {problems && <OutdatedTranslation fields={outdated} />}
    </section>
  );
}
