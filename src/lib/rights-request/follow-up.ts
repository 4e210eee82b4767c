/**
 * For when the answer does not come: a reminder to the authority once the month has passed (art. 12(3)),
 * and a complaint to the supervisory authority (art. 77), with the date sent, the date due and the
 * authority's reference as blanks. The page fills the dates in the browser; without it they stay blanks.
 */
import type { Dictionary } from '../../i18n/dictionaries';
import type { NameForms } from '../../i18n/names';
import type { Authority } from '../content/types';
import { blankOf, identification, labelledBlanks, paragraph, signature } from './letter';
import type { FollowUp, Letter, LetterBlock } from './types';

interface FollowUpInput extends Pick<Letter, 'recipient'> {
  authority: Pick<Authority, 'nameForms' | 'identificationDetails'>;
  /** The request's subject line, which the follow-ups quote. */
  subject: string;
  supervisor: { nameForms: NameForms; website: string };
  words: Dictionary;
}

/** The reminder, to the request's recipient: when it was sent, when the answer was due, and what comes next. */
function reminderOf({ authority, subject, recipient, supervisor, words }: FollowUpInput): Letter {
  const w = words.requestFollowUp.reminder;
  const r = words.request;
  return {
    recipient,
    letter: [
      paragraph(w.subject(subject)),
      paragraph(`${w.sentOn} `, blankOf(r, 'sentDate'), w.sent(subject)),
      paragraph(`${w.reference} `, blankOf(r, 'reference')),
      paragraph(`${w.dueBy} `, blankOf(r, 'dueDate'), `, ${w.due}`),
      paragraph(w.ask(supervisor.nameForms)),
      ...identification(r, authority),
      paragraph(r.closing),
      signature(r),
      paragraph(blankOf(r, 'name')),
    ],
  };
}

/**
 * The complaint, as text to paste into the supervisory authority's form: no postal address, and the name
 * and address the supervisory authority asks of everyone who complains.
 */
function complaintOf({ authority, subject, supervisor, words }: FollowUpInput): Letter {
  const w = words.requestFollowUp.complaint;
  const r = words.request;
  const letter: LetterBlock[] = [
    paragraph(w.subject(authority.nameForms)),
    paragraph(`${w.sentOn} `, blankOf(r, 'sentDate'), w.sent(authority.nameForms, subject)),
    paragraph(`${w.reference} `, blankOf(r, 'reference')),
    paragraph(`${w.dueBy(authority.nameForms)} `, blankOf(r, 'dueDate'), ` ${w.due}`),
    paragraph(`${w.answer} `, blankOf(r, 'answerReceived')),
    paragraph(w.ask(supervisor.nameForms, authority.nameForms)),
    paragraph(w.details),
    labelledBlanks(r, ['name', 'address']),
  ];
  return { recipient: { name: supervisor.nameForms.title, lines: [] }, letter };
}

/** The reminder and the complaint, and where the complaint goes. Pure. */
export function followUpOf(input: FollowUpInput): Omit<FollowUp, 'blanks'> {
  return {
    reminder: reminderOf(input),
    complaint: complaintOf(input),
    supervisor: { nameForms: input.supervisor.nameForms, website: input.supervisor.website },
  };
}
