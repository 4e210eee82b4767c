import { words } from '@/i18n';
import type { NameForms } from '@/i18n/names';
import type { RightsRequest } from '@/lib/rights-request';
import { requestSectionIds as ids } from '@/lib/section-ids';

interface RequestRefusalsProps {
  request: Pick<RightsRequest, 'refusals'>;
}

/** What the authority may refuse or leave out for this right, each with its rule. */
export function RequestRefusals({ request }: RequestRefusalsProps) {
  return (
    <section aria-labelledby={ids.refusals}>
      <h2 id={ids.refusals}>{words().requestLaw.refusalsHeading}</h2>
      <ul>
        {request.refusals.map((refusal) => (
          <li key={refusal}>{refusal}</li>
        ))}
      </ul>
    </section>
  );
}

interface AccessRoutesProps {
  /** The supervisory authority's name, from the content: where a GDPR complaint goes. */
  supervisor: NameForms;
}

/**
 * Beside the access letter: GDPR access, partsaktindsigt and aktindsigt under offentlighedsloven, what
 * each gives, their deadlines, the most favourable rules, and where a refusal is appealed.
 */
export function AccessRoutes({ supervisor }: AccessRoutesProps) {
  const w = words().requestLaw.accessRoutes;
  return (
    <section aria-labelledby={ids.accessRoutes} className="access-routes">
      <h2 id={ids.accessRoutes}>{w.heading}</h2>
      <ul>
        <li>{w.gdpr}</li>
        <li>{w.party}</li>
        <li>{w.public}</li>
      </ul>
      <p>{w.deadline}</p>
      <p>{w.favourable}</p>
      <p>{w.appeal(supervisor)}</p>
    </section>
  );
}
