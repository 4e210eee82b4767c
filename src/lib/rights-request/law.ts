/**
 * What the law adds to a request beside the right's own article: where the right may be limited (the rule
 * of src/lib/gdpr/rights.ts, the one the notices use), what the authority may refuse, the recipients to
 * tell (art. 19), the grounds of a restriction (art. 18(1)) and partsaktindsigt beside access.
 */
import type { Dictionary } from '../../i18n/dictionaries';
import type { RightId } from '../content/schema';
import type { LetterBlock, NoticeRef, OptionsBlock } from './types';

type LawWords = Dictionary['requestLaw'];
type RefusalKind = keyof LawWords['refusals'];
type LimitWords = LawWords['limits']['erasure'];

/** The rights whose letter asks the authority to tell the recipients and the reader who they are (art. 19). */
const recipientRights = ['rectification', 'erasure', 'restriction'] as const satisfies readonly RightId[];

/** What the authority may refuse or leave out, by right: art. 12(5) for every request, the rest where it applies. */
const refusalsByRight: Record<RightId, readonly RefusalKind[]> = {
  access: ['dataProtectionAct', 'othersRights', 'manifestlyUnfounded'],
  rectification: ['manifestlyUnfounded'],
  erasure: ['legalObligation', 'manifestlyUnfounded'],
  restriction: ['restrictedUse', 'manifestlyUnfounded'],
  objection: ['compellingGrounds', 'manifestlyUnfounded'],
  portability: ['manifestlyUnfounded'],
  withdrawConsent: ['manifestlyUnfounded'],
  automatedDecisions: ['manifestlyUnfounded'],
};

export const refusalsOf = (right: RightId, law: LawWords) =>
  refusalsByRight[right].map((kind) => law.refusals[kind]);

/** The words for where a right is or may be limited; only rights the rule of rights.ts can limit have them. */
const limitWordsOf = (right: RightId, law: LawWords): LimitWords | undefined => {
  const limits: Partial<Record<RightId, LimitWords>> = law.limits;
  return limits[right];
};

interface Limits {
  limited: readonly NoticeRef[];
  mayBeLimited: readonly NoticeRef[];
}

/** The page's sentence on where the right may be limited, naming the notices; none where it is not. */
export function limitsSentence(
  right: RightId,
  { limited, mayBeLimited }: Limits,
  words: Pick<Dictionary, 'requestLaw' | 'list'>,
): string | undefined {
  const limit = limitWordsOf(right, words.requestLaw);
  if (!limit || limited.length + mayBeLimited.length === 0) return undefined;
  const titles = (notices: readonly NoticeRef[]) =>
    notices.length > 0 ? words.list(notices.map((notice) => notice.title)).join('') : undefined;
  return limit.page({ limited: titles(limited), unknown: titles(mayBeLimited) });
}

/** The letter's sentences after the right's own: its limit, where it may apply, then art. 19. */
export function lawInLetter(right: RightId, limits: Limits, law: LawWords): LetterBlock[] {
  const limit = limitWordsOf(right, law);
  const limitApplies = limit && limits.limited.length + limits.mayBeLimited.length > 0;
  const recipients = recipientRights.find((candidate) => candidate === right);
  return [
    ...(limitApplies ? [paragraphOf(limit.letter)] : []),
    ...(recipients ? [paragraphOf(law.tellRecipients(law.recipients[recipients]))] : []),
  ];
}

const paragraphOf = (text: string): LetterBlock => ({ kind: 'paragraph', parts: [text] });

/** The four grounds of art. 18(1), one or more for the reader to tick. */
export const restrictionGrounds = ({ restrictionGrounds: grounds }: LawWords): OptionsBlock => ({
  kind: 'options',
  name: 'restrictionGrounds',
  optional: false,
  lead: grounds.lead,
  options: (['contested', 'unlawful', 'legalClaims', 'objected'] as const).map((id) => ({
    id,
    text: grounds[id],
  })),
});

/** The access letter's one optional sentence: partsaktindsigt under forvaltningsloven § 9. */
export const partyAccess = (law: LawWords): OptionsBlock => ({
  kind: 'options',
  name: 'partyAccess',
  optional: true,
  options: [{ id: 'partyAccess', text: law.partyAccess }],
});
