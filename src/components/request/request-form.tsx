import { words } from '@/i18n';
import type { BlankKind, RightsRequest } from '@/lib/rights-request';
import { requestSectionIds } from '@/lib/section-ids';

import { RequestOptions } from './request-options';

/** The reader signs the printout by hand; every other blank gets a field. */
const typedBlanks = (request: RightsRequest) => request.blanks.filter(({ blank }) => blank !== 'signature');

/**
 * Blanks that take more than a line: a few sentences, or an address, whose autofill name (street-address)
 * HTML allows only on a field of several lines.
 */
const longBlanks = new Set<BlankKind>([
  'address',
  'wrongData',
  'correctData',
  'reason',
  'particularSituation',
  'decision',
]);

/** What the browser may offer to fill in from the reader's own saved details. */
const autoComplete: Partial<Record<BlankKind, string>> = { name: 'name', address: 'street-address' };

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const fieldId = (blank: BlankKind) => `felt-${blank}`;

interface RequestFormProps {
  request: RightsRequest;
}

/**
 * The fields, notice choices and buttons public/anmodning.js brings to life. Rendered hidden, so the
 * page without JavaScript shows no dead controls; the script un-hides them. Not a <form>: nothing is
 * ever submitted, so pressing Enter cannot send the reader's details anywhere, not even to this site.
 * The script gets the letter as data too, to copy it as text with public/anmodning-tekst.js.
 */
export function RequestForm({ request }: RequestFormProps) {
  const w = words().requestPage;
  const notices = request.notices.applicable;
  return (
    <div
      className="request-controls screen-only"
      hidden
      data-request-controls=""
      data-copied={w.copied}
      data-copy-failed={w.copyFailed}
      data-no-purpose={w.noNoticeChosen}
      data-request={JSON.stringify({ recipient: request.recipient, letter: request.letter })}
    >
      <h2 id={requestSectionIds.fillIn}>{w.fillIn}</h2>
      <p>{w.fillInPrivacy}</p>
      {typedBlanks(request).map(({ blank, label }) => {
        const Field = longBlanks.has(blank) ? 'textarea' : 'input';
        return (
          <div key={blank} className="form-group">
            <label className="form-label" htmlFor={fieldId(blank)}>
              {capitalized(label)}
            </label>
            <Field
              className="form-input"
              id={fieldId(blank)}
              data-blank-field={blank}
              autoComplete={autoComplete[blank] ?? 'off'}
              {...(Field === 'input' && { type: 'text' })}
            />
          </div>
        );
      })}
      <RequestOptions request={request} />
      {notices.length > 1 && (
        <fieldset>
          <legend className="form-label">{w.chooseNotices}</legend>
          {notices.map((notice) => (
            <div key={notice.slug} className="form-group-checkbox">
              <input
                className="form-checkbox"
                type="checkbox"
                id={`formaal-${notice.slug}`}
                data-purpose-choice={notice.slug}
                defaultChecked
              />
              <label htmlFor={`formaal-${notice.slug}`}>{notice.title}</label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="request-buttons">
        <button type="button" className="button button-primary" data-request-copy="">
          {w.copy}
        </button>
        <button type="button" className="button button-secondary" data-request-print="">
          {w.print}
        </button>
      </div>
      <p role="status" className="request-status" data-request-status="" />
    </div>
  );
}
