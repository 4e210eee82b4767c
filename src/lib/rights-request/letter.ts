/** The letter's words for each right: what the reader asks for, with blanks where only the reader knows. */
import type { Dictionary } from '../../i18n/dictionaries';
import type { RightId } from '../content/schema';
import { partyAccess, restrictionGrounds } from './law';
import type { Blank, BlankKind, LetterBlock, Segment } from './types';

type Words = Dictionary['request'];

export const paragraph = (...parts: Segment[]): LetterBlock => ({ kind: 'paragraph', parts });
export const list = (items: Segment[][]): LetterBlock => ({ kind: 'list', items });

/** A blank with its label in the words' language. */
export const blankOf = (words: Words, blank: BlankKind): Blank => ({ blank, label: words.blanks[blank] });

/** A lead-in followed by a blank on the same line, e.g. "Det rigtige er: [de rigtige oplysninger]". */
const filledIn = (words: Words, lead: string, blank: BlankKind) =>
  paragraph(`${lead} `, blankOf(words, blank));

/** The blocks after the request sentence and its scope: what the right entails and what only the reader knows. */
export function rightDetails(
  right: RightId,
  dictionary: Pick<Dictionary, 'request' | 'requestLaw'>,
): LetterBlock[] {
  const { request: words, requestLaw: law } = dictionary;
  const { rights } = words;
  switch (right) {
    case 'access':
      return [
        paragraph(rights.access.details),
        list(rights.access.items.map((item) => [item])),
        paragraph(rights.access.copy),
        partyAccess(law),
      ];
    case 'rectification':
      return [
        filledIn(words, rights.rectification.wrong, 'wrongData'),
        filledIn(words, rights.rectification.correct, 'correctData'),
      ];
    case 'erasure':
      return [filledIn(words, rights.erasure.reason, 'reason'), paragraph(rights.erasure.refusal)];
    case 'restriction':
      return [restrictionGrounds(law), filledIn(words, rights.restriction.details, 'reason')];
    case 'objection':
      return [
        filledIn(words, rights.objection.situation, 'particularSituation'),
        paragraph(rights.objection.consequence),
      ];
    case 'portability':
      return [filledIn(words, rights.portability.transmit, 'newController')];
    case 'withdrawConsent':
      return [paragraph(rights.withdrawConsent.erase)];
    case 'automatedDecisions':
      return [
        filledIn(words, rights.automatedDecisions.decision, 'decision'),
        filledIn(words, rights.automatedDecisions.view, 'reason'),
      ];
  }
}
