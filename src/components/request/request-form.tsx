import { words } from '@/i18n';
import type { Blank, BlankKind, RightsRequest } from '@/lib/rights-request';
import { requestSectionIds } from '@/lib/section-ids';

import { RequestOptions } from './request-options';

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
  'otherNames',
  'answerBy',
  'lookingFor',
  'answerReceived',
]);

/**
 * What the browser may offer to fill in from the reader's own saved details: the purposes WCAG 1.3.5 asks
 * a field about the reader to name. Every other field is `off`, which in Chromium also keeps its value out
 * of the page's saved history state, so Back and reload cannot bring it back (HTML: "values are reset when
 * traversing the history"); the named ones public/anmodning.js empties itself when the page is left and
 * shown, since `off` on them would drop the purposes WCAG asks for.
 */
const autoComplete: Partial<Record<BlankKind, string>> = { name: 'name', address: 'street-address' };

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const fieldId = (blank: BlankKind) => `felt-${blank}`;

/** A field for a blank, labelled by it; a few sentences or an address get several lines, a date a date picker. */
export function BlankField({ blank, label }: Blank) {
  const Field = longBlanks.has(blank) ? 'textarea' : 'input';
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={fieldId(blank)}>
        {capitalized(label)}
      </label>
      <Field
        className="form-input"
        id={fieldId(blank)}
        data-blank-field={blank}
        autoComplete={autoComplete[blank] ?? 'off'}
        {...(Field === 'input' && { type: blank === 'sentDate' ? 'date' : 'text' })}
      />
    </div>
  );
}

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
      data-cleared={w.cleared}
      data-request={JSON.stringify({ recipient: request.recipient, letter: request.letter })}
    >
      <h2 id={requestSectionIds.fillIn}>{w.fillIn}</h2>
      <p>{w.fillInPrivacy}</p>
      {request.blanks.map((blank) => (
        <BlankField key={blank.blank} {...blank} />
      ))}
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
        <button type="button" className="button button-tertiary" data-request-clear="">
          {w.clear}
        </button>
      </div>
      <p role="status" className="request-status" data-request-status="" />
    </div>
  );
}
