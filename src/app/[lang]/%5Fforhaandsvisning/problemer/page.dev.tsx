import type { Metadata } from 'next';

import { ProblemList } from '@/components/preview/problem-list';
import { isError } from '@/lib/content/errors';
import { countOf } from '@/lib/labels';
import { getContentCheck } from '@/lib/site-content';

// A page of the preview only: its ".dev.tsx" ending is a page extension in `npm run dev` alone (next.config.ts).

const title = 'Problemer i indholdet';

export const metadata: Metadata = { title };

/** Every error and warning in the content, as `npm run check:content` finds them. */
export default function ProblemsPage() {
  const { problems } = getContentCheck();
  const errors = problems.filter(isError);
  const warnings = problems.filter((problem) => !isError(problem));
  return (
    <div data-preview="">
      <h1>{title}</h1>
      <p className="lead">
        Forhåndsvisningen fandt {countOf(errors.length, 'fejl', 'fejl')} og{' '}
        {countOf(warnings.length, 'advarsel', 'advarsler')}. En side med fejl i sin egen fil viser fejlene i
        stedet for indholdet, og sitet kan ikke bygges, før alle fejl er rettet. Advarsler forhindrer ikke
        udgivelsen, men bør ses efter.
      </p>
      <h2 id="fejl">Fejl</h2>
      {errors.length > 0 ? <ProblemList problems={errors} /> : <p>Indholdet har ingen fejl.</p>}
      <h2 id="advarsler">Advarsler</h2>
      {warnings.length > 0 ? <ProblemList problems={warnings} /> : <p>Indholdet har ingen advarsler.</p>}
      <p>
        Ret en fil, gem den, og genindlæs siden. Kør <code>npm run check:content</code> for at få hele
        rapporten i terminalen, også om hvilke beskrivelser der er fuldstændige.
      </p>
    </div>
  );
}
