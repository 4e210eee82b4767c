import { complaintPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { RightsRequest } from '@/lib/rights-request';
import { requestSectionIds as ids } from '@/lib/section-ids';

import { BlankField } from './request-form';
import { RequestLetter } from './request-letter';

interface CopyFollowUpProps {
  letter: 'reminder' | 'complaint';
  label: string;
}

/** A button that copies one follow-up as text; hidden until public/anmodning.js can copy. */
function CopyFollowUp({ letter, label }: CopyFollowUpProps) {
  return (
    <div hidden data-follow-up-copy="">
      <div className="request-buttons">
        <button type="button" className="button button-secondary" data-copy-letter={letter}>
          {label}
        </button>
      </div>
      <p role="status" className="request-status" data-copy-status={letter} />
    </div>
  );
}

interface RequestFollowUpProps {
  request: RightsRequest;
}

/**
 * For when the answer does not come: how the month is counted, a reminder to the authority and a complaint
 * to the supervisory authority. Without JavaScript both are templates with blanks; public/anmodning.js adds
 * the date sent, shows the date due and fills both in. Only on screen: the printout is the request.
 */
export function RequestFollowUp({ request }: RequestFollowUpProps) {
  const w = words().requestFollowUp.page;
  const { reminder, complaint, blanks, supervisor } = request.followUp;
  return (
    <section aria-labelledby={ids.followUp} className="screen-only">
      <h2 id={ids.followUp}>{w.heading}</h2>
      <p>{w.howCounted}</p>
      <p data-follow-up-fallback="">{w.withoutJavaScript}</p>
      <div
        hidden
        data-follow-up-controls=""
        data-locale={words().locale}
        data-due={w.due}
        data-due-passed={w.duePassed}
        data-due-ahead={w.dueAhead}
        data-copied={w.copied}
        data-copy-failed={words().requestPage.copyFailed}
      >
        <p>{w.enterDate}</p>
        {blanks.map((blank) => (
          <BlankField key={blank.blank} {...blank} />
        ))}
        <p role="status" className="request-status" data-due-status="" />
      </div>
      <h3>{w.reminder}</h3>
      <p>{w.reminderWhen}</p>
      <RequestLetter request={reminder} followUp="reminder" />
      <CopyFollowUp letter="reminder" label={w.copyReminder} />
      <h3>{w.complaint(supervisor.nameForms)}</h3>
      <p>
        {w.complaintHow(supervisor.nameForms, supervisor.website)}{' '}
        <a href={localized(complaintPath)}>{words().sharedPages.complaint}</a>
      </p>
      <RequestLetter request={complaint} followUp="complaint" />
      <CopyFollowUp letter="complaint" label={w.copyComplaint} />
    </section>
  );
}
