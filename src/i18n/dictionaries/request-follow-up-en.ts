/** The words for after a request is sent, in English: the reminder, the complaint and their section. */
import type { NameForms } from '../names';
import type { Dictionary } from './da';

export const requestFollowUpEn = {
  reminder: {
    subject: (subject: string) => `Reminder: ${subject}`,
    sentOn: 'On',
    sent: (subject: string) => ` I sent you my request “${subject}”.`,
    reference: 'Your case or reference number:',
    dueBy: 'You should have answered me by',
    due: 'or before then told me that the deadline is extended, and why (Article 12(3) GDPR). I have received no answer.',
    ask: (supervisor: NameForms) =>
      `Please answer me as soon as possible. If I do not get an answer, my next step is a complaint to ${supervisor.inText}.`,
  },
  complaint: {
    subject: (authority: NameForms) => `Complaint about ${authority.inText}`,
    sentOn: 'On',
    sent: (authority: NameForms, subject: string) =>
      ` I sent ${authority.inText} a request: “${subject}”. I can send you a copy of it.`,
    reference: 'The authority’s case or reference number:',
    dueBy: (authority: NameForms) => `${authority.atStart} should have answered by`,
    due: '(Article 12(3) GDPR).',
    answer: 'The answer I received:',
    ask: (supervisor: NameForms, authority: NameForms) =>
      `I ask ${supervisor.inText} to handle my complaint (Article 77 GDPR) and to order ${authority.inText} to comply with my request (Article 58(2)(c) GDPR).`,
    details: 'My details:',
  },
  page: {
    heading: 'If the answer does not come',
    howCounted:
      'A month runs from the day the authority receives the request to the same date in the next month. If that month has no such date, the deadline is its last day: sent on 31 January, answer due by 28 February (29 February in a leap year). If the authority has told you that the deadline is extended, the new deadline applies.',
    enterDate:
      'Enter the date you sent the request. The page then shows when the answer is due at the latest and fills the dates into the reminder and the complaint. It counts from the day you sent the request; a letter by post arrives some days later, and the deadline moves with it.',
    withoutJavaScript: 'Write the dates and your details on the blank lines when you send the texts.',
    due: 'The answer is due by',
    duePassed: 'The deadline has passed. Send the reminder, and complain if the answer still does not come.',
    dueAhead:
      'The deadline has not passed yet. Send the reminder if the answer has not come when the day is over.',
    reminder: 'Reminder to the authority',
    reminderWhen: 'Send the reminder once the deadline has passed, the same way you sent the request.',
    complaint: (supervisor: NameForms) => `Complaint to ${supervisor.inText}`,
    complaintHow: (supervisor: NameForms, website: string) =>
      `Paste the text into the complaint form at ${website}, or send it to ${supervisor.inText} another way. Read more:`,
    copyReminder: 'Copy the reminder',
    copyComplaint: 'Copy the complaint',
    copied: 'The text has been copied. Paste it where you send it.',
  },
} satisfies Dictionary['requestFollowUp'];
