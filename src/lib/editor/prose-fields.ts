/** Fields written as sentences or paragraphs, which get a multi-line text box instead of one line. */
export const proseFields: ReadonlySet<string> = new Set([
  'summary',
  'description',
  'purpose',
  'explanation',
  'hubText',
  'identificationAdvice',
  'guidance',
  'covers',
  'reason',
  'justification',
  'criteria',
  'provisionRequirement',
  'consentWithdrawal',
  'legitimateInterest',
  'note',
  'sourceNotes',
]);
