/**
 * Which identification the letter asks for. We never guess what an authority needs: besides the full
 * name, the letter has a blank only for what the authority's own `identificationAdvice` names. The advice
 * is free text, so it is read by keyword, in Danish and in the English translation alike:
 * "sagsnummer"/"case number" → case number, "adresse"/"address" → address, "CPR" → CPR number.
 * A test runs this over the real authorities, so a translation of the advice that reads differently fails there.
 */
import type { IdentificationKind } from './types';

const mentions: readonly [IdentificationKind, RegExp][] = [
  ['caseNumber', /sagsnummer|sagsnr\.|case number/i],
  ['address', /adresse|address/i],
  ['cpr', /\bCPR/],
];

/** The identification blanks for an authority, in the order above, the full name always first. */
export function identificationBlanks(identificationAdvice: string): IdentificationKind[] {
  return [
    'name',
    ...mentions.filter(([, pattern]) => pattern.test(identificationAdvice)).map(([kind]) => kind),
  ];
}

/** Whether the authority's advice recommends Digital Post as the secure channel. */
export const recommendsDigitalPost = (identificationAdvice: string) =>
  /digital post|e-boks/i.test(identificationAdvice);
