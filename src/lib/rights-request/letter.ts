/** The letter's words for each right: what the reader asks for, with blanks where only the reader knows. */
import type { Dictionary } from '../../i18n/dictionaries';
import type { RightId } from '../content/schema';
import type { Authority } from '../content/types';
import { partyAccess, restrictionGrounds } from './law';
import type { Blank, BlankKind, IdentificationKind, LetterBlock, Segment } from './types';

type Words = Dictionary['request'];

export const paragraph = (...parts: Segment[]): LetterBlock => ({ kind: 'paragraph', parts });
export const list = (items: Segment[][]): LetterBlock => ({ kind: 'list', items });

/** A blank with its label in the words' language. */
export const blankOf = (words: Words, blank: BlankKind): Blank => ({ blank, label: words.blanks[blank] });

/** A lead-in followed by a blank on the same line, e.g. "Det rigtige er: [de rigtige oplysninger]". */
export const filledIn = (words: Words, lead: string, blank: BlankKind) =>
  paragraph(`${lead} `, blankOf(words, blank));

/** The line to sign on, for the printed letter. */
export const signature = (words: Words): LetterBlock => ({
  kind: 'signature',
  label: words.blanks.signature,
});

/** Lines of a label and a blank, e.g. "- Navn: [dit fulde navn]". */
export const labelledBlanks = (words: Words, kinds: readonly IdentificationKind[]): LetterBlock =>
  list(kinds.map((kind) => [`${words.identificationLabels[kind]}: `, blankOf(words, kind)]));

/**
 * What identifies the reader: the full name, other names or spellings they are known by, and what the
 * authority's identification advice names, in its order.
 */
export const identification = (words: Words, authority: Pick<Authority, 'identificationDetails'>) => [
  paragraph(words.identificationIntro),
  labelledBlanks(words, ['name', 'otherNames', ...(authority.identificationDetails ?? [])]),
];

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
        filledIn(words, words.lookingFor, 'lookingFor'),
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
