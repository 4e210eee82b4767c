import { complaintPath, noticePath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { NameForms } from '@/i18n/names';
import type { RightsRequest } from '@/lib/rights-request';
import { requestSectionIds as ids } from '@/lib/section-ids';

import { Alert } from '../alert';
import { AdviceText } from './advice-text';
import { RequestChannels } from './request-channels';
import { AccessRoutes, RequestRefusals } from './request-law';

interface RequestAdviceProps {
  request: RightsRequest;
  authority: { slug: string; nameForms: NameForms };
  /** The supervisory authority's name, from the content. */
  supervisor: NameForms;
}

/**
 * Everything beside the letter: which notices it concerns, when the answer is due, how to send it (or
 * to the DPO), what contact the site does not publish, and what comes after, up to a complaint. Only on
 * screen: the printout is the letter.
 */
export function RequestAdvice({ request, authority, supervisor }: RequestAdviceProps) {
  const w = words().requestPage;
  const { applicable } = request.notices;
  return (
    <div className="screen-only">
      <section aria-labelledby={ids.notices}>
        <h2 id={ids.notices}>{w.notices}</h2>
        <ul>
          {applicable.map((notice) => (
            <li key={notice.slug}>
              <a href={localized(noticePath(authority.slug, notice.slug))}>{notice.title}</a>
            </li>
          ))}
        </ul>
        {request.limits && <p>{request.limits}</p>}
      </section>
      <section aria-labelledby={ids.deadline}>
        <h2 id={ids.deadline}>{w.deadline}</h2>
        <p>{request.deadline}</p>
      </section>
      <RequestRefusals request={request} />
      {request.right === 'access' && <AccessRoutes supervisor={supervisor} />}
      {request.channels.length > 0 && (
        <section aria-labelledby={ids.send}>
          <h2 id={ids.send}>{w.channels}</h2>
          <RequestChannels channels={request.channels} />
        </section>
      )}
      <section aria-labelledby={ids.withoutCpr}>
        <h2 id={ids.withoutCpr}>{w.withoutCprOrMitId}</h2>
        {request.withoutCprOrMitId.map((advice) => (
          <p key={advice}>{advice}</p>
        ))}
      </section>
      {request.missingChannels.length > 0 && (
        <Alert kind="info" heading={{ id: ids.missing, title: w.missing }}>
          {request.missingChannels.map((missing) => (
            <p key={missing.element} className="alert-text">
              <AdviceText segments={missing.advice} />
            </p>
          ))}
        </Alert>
      )}
      {request.dpo && (
        <section aria-labelledby={ids.dpo}>
          <h2 id={ids.dpo}>{w.dpo(authority.nameForms)}</h2>
          <p>{request.dpo.intro}</p>
          <RequestChannels channels={request.dpo.channels} />
        </section>
      )}
      <section aria-labelledby={ids.nextSteps}>
        <h2 id={ids.nextSteps}>{w.nextSteps}</h2>
        <ul>
          {request.nextSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
        <p>
          <a href={localized(complaintPath)}>{words().sharedPages.complaint}</a>
        </p>
      </section>
    </div>
  );
}
