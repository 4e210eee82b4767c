/** The words of the request pages in English: headings, the form and the buttons. */
import type { NameForms } from '../names';
import type { Dictionary } from './da';

export const requestPageEn = {
  rightsAt: (name: NameForms) => `Use your rights at ${name.inText}`,
  rightsAtDescription: (name: NameForms) =>
    `Choose the right you want to use at ${name.inText} and get a letter you can print or copy and send.`,
  chooseRight:
    'Choose the right you want to use. You get a finished letter that you can print or copy and send to the authority.',
  appliesTo: 'Applies to:',
  limitedFor: 'Limited for:',
  mayBeLimitedFor: 'May be limited for (the legal basis is not published):',
  noRights: 'The authority has not yet published descriptions of its processing here.',
  requestTo: (subject: string, name: NameForms) => `${subject} to ${name.inText}`,
  requestDescription: (subject: string, name: NameForms) =>
    `${subject} to ${name.inText}: a letter you can fill in, print or copy and send.`,
  intro:
    'Here is a letter you can send. It says what you ask for and under which rule, and what the authority needs to find your data.',
  withoutJavaScript:
    'Print the page and write your details by hand on the blank lines. You can also copy the text and type them in where you send it.',
  fillIn: 'Fill in the letter',
  fillInPrivacy: 'What you type stays in your browser. The page sends and stores nothing.',
  chooseNotices: 'Which purposes does the request concern?',
  noNoticeChosen: 'Choose at least one purpose, or the request concerns no data.',
  letter: 'The letter',
  copy: 'Copy text',
  print: 'Print',
  clear: 'Clear the fields',
  cleared: 'The fields are empty. What you typed is gone from the page.',
  copied: 'The text has been copied. Paste it where you send the request.',
  copyFailed: 'The text could not be copied. Select the letter and copy it yourself.',
  notices: 'The purposes the request concerns',
  deadline: 'Deadline for the answer',
  channels: 'How to send the letter',
  recommended: 'Recommended by the authority.',
  dpo: (name: NameForms) => `${name.genitiveAtStart} data protection officer`,
  missing: 'Contact not published here',
  withoutCprOrMitId: 'Without a CPR number or MitID',
  nextSteps: 'After you have sent the letter',
  otherRights: (name: NameForms) => `Use another right at ${name.inText}`,
} satisfies Dictionary['requestPage'];
