/**
 * A request to use a right, written for the reader: to the right authority, about the notices the right
 * applies to, with the identification the authority asks for as blanks, the answer deadline, the channels
 * to send it by, the DPO as an alternative and what happens next. Pure: the content and the words come in.
 */
import { authorityPath } from '../../config/routes';
import type { Dictionary } from '../../i18n/dictionaries';
import type { NameForms } from '../../i18n/names';
import type { RightId } from '../content/schema';
import type { Authority } from '../content/types';
import { authorityElementState } from '../gdpr/completeness';
import { hostOf } from '../labels';
import { authoritySectionIds } from '../section-ids';
import { hasWrittenChannel, requestChannels } from './channels';
import { followUpOf } from './follow-up';
import { lawInLetter, limitsSentence, refusalsOf } from './law';
import { blankOf, filledIn, identification, paragraph, rightDetails, signature } from './letter';
import { noticesOfRight } from './requestable';
import type {
  AdviceSegment,
  Blank,
  FollowUp,
  LetterBlock,
  MissingChannel,
  NoticeRef,
  RightsRequest,
} from './types';
import { withoutCprOrMitId } from './without-cpr';

export interface RequestInput {
  authority: Authority;
  right: RightId;
  /** 'all', or the slugs of the authority's notices the reader chose. */
  notices: 'all' | readonly string[];
  /** The dictionary of the page's language; the content should be in the same language. */
  words: Dictionary;
  /** The supervisory authority to complain to: content.complaint.supervisoryAuthority. */
  supervisor: { nameForms: NameForms; website: string };
  /** The ministry's department, to ask where to write when an agency publishes no channel. */
  ministry?: Authority;
}

const refOf = ({ slug, title }: { slug: string; title: string }): NoticeRef => ({ slug, title });

/** The chosen notices split by whether the right applies; throws on input no page should send. */
function scopeOf({ authority, right, notices }: RequestInput): RightsRequest['notices'] {
  const applying = noticesOfRight(authority, right);
  if (applying.notices.length === 0) throw new Error(`${right} applies to no purpose of ${authority.name}`);
  const unknown =
    notices === 'all' ? [] : notices.filter((slug) => !authority.notices.some((p) => p.slug === slug));
  if (unknown.length > 0) throw new Error(`${authority.name} has no purpose ${unknown.join(', ')}`);
  const chosen = authority.notices.filter((p) => notices === 'all' || notices.includes(p.slug));
  const applies = (slug: string) => applying.notices.some((p) => p.slug === slug);
  const applicable = chosen.filter((p) => applies(p.slug));
  if (applicable.length === 0) throw new Error(`${right} applies to none of the chosen purposes`);
  return {
    scope: notices === 'all' ? 'all' : 'chosen',
    applicable: applicable.map(refOf),
    notApplicable: chosen.filter((p) => !applies(p.slug)).map(refOf),
    limited: applying.limitedFor.filter((p) => applicable.includes(p)).map(refOf),
    mayBeLimited: applying.mayBeLimitedFor.filter((p) => applicable.includes(p)).map(refOf),
  };
}

/**
 * What the contact sections state as not published, and a derived gap: no written channel. Each in one
 * sentence with the authority's website; then the DPO, where it takes a written request, or else the
 * ministry, where the content holds a written channel for it. The gap's reason stays on the hub.
 */
function missingChannels(
  { authority, words, ministry }: RequestInput,
  written: boolean,
  dpoWritten: boolean,
): MissingChannel[] {
  const w = words.request.missing;
  const website = { text: authority.website, href: authority.website };
  const ministryWritten =
    ministry && ministry.slug !== authority.slug && ministry.controllerContact
      ? hasWrittenChannel(requestChannels(ministry.controllerContact, words, { website: ministry.website }))
      : false;
  const instead: AdviceSegment[] = dpoWritten
    ? [w.orDpo]
    : ministry && ministryWritten
      ? w.orMinistry({
          text: ministry.nameForms.inText,
          href: `${authorityPath(ministry.slug)}#${authoritySectionIds.contact}`,
        })
      : [];
  const controller = authorityElementState(authority, 'controllerContact');
  const dpo = authorityElementState(authority, 'dpoContact');
  const missing: MissingChannel[] = [];
  if (controller.kind !== 'stated')
    missing.push({
      element: 'controllerContact',
      advice: [...w.controllerContact(authority.nameForms, website), ...instead],
    });
  else if (!written)
    missing.push({
      element: 'writtenChannel',
      advice: [...w.writtenChannel(authority.nameForms, website), ...instead],
    });
  if (dpo.kind !== 'stated')
    missing.push({ element: 'dpoContact', advice: w.dpoContact(authority.nameForms, website) });
  return missing;
}

/** The blanks in the order they first appear, each once. */
function blanksIn(letter: readonly LetterBlock[]): Blank[] {
  const segments = letter.flatMap((block) =>
    block.kind === 'paragraph' ? block.parts : block.kind === 'list' ? block.items.flat() : [],
  );
  const blanks = segments.filter((segment): segment is Blank => typeof segment !== 'string');
  return blanks.filter((blank, index) => blanks.findIndex((other) => other.blank === blank.blank) === index);
}

/** The blanks the follow-ups add to the request's own; not the due date, which the page reckons. */
function followUpBlanks(letter: readonly LetterBlock[], { reminder, complaint }: Omit<FollowUp, 'blanks'>) {
  const asked = new Set(blanksIn(letter).map((blank) => blank.blank));
  return blanksIn([...reminder.letter, ...complaint.letter]).filter(
    (blank) => !asked.has(blank.blank) && blank.blank !== 'dueDate',
  );
}

/** Builds the request. Pure. */
export function buildRequest(input: RequestInput): RightsRequest {
  const { authority, right, supervisor } = input;
  const w = input.words.request;
  const notices = scopeOf(input);
  const everyNotice = notices.applicable.length === authority.notices.length;
  const subject = w.rights[right].subject;
  const letter: LetterBlock[] = [
    paragraph(`${w.date} `, blankOf(w, 'date')),
    paragraph(subject),
    paragraph(w.rights[right].request),
    {
      kind: 'scope',
      all: notices.scope === 'all' && everyNotice ? w.scopeAll : undefined,
      chosen: w.scopeChosen,
      purposes: notices.applicable,
    },
    ...rightDetails(right, input.words),
    ...lawInLetter(right, notices, input.words.requestLaw),
    ...identification(w, authority),
    filledIn(w, w.answerBy, 'answerBy'),
    paragraph(w.letterDeadline),
    paragraph(w.closing),
    signature(w),
    paragraph(blankOf(w, 'name')),
  ];
  const context = { website: authority.website, recommended: authority.recommendedChannel };
  const channels = authority.controllerContact
    ? requestChannels(authority.controllerContact, input.words, context)
    : [];
  const dpo = authority.dpoContact && {
    intro: w.dpoIntro(authority.nameForms),
    channels: requestChannels(authority.dpoContact, input.words, context),
  };
  const recipient = { name: authority.name, lines: authority.controllerContact?.letter ?? [authority.name] };
  const followUp = followUpOf({ authority, subject, recipient, supervisor, words: input.words });
  return {
    right,
    subject,
    recipient,
    letter,
    notices,
    limits: limitsSentence(right, notices, input.words),
    refusals: refusalsOf(right, input.words.requestLaw),
    blanks: blanksIn(letter),
    deadline: w.deadline(authority.nameForms),
    channels,
    dpo,
    missingChannels: missingChannels(
      input,
      hasWrittenChannel(channels),
      hasWrittenChannel(dpo?.channels ?? []),
    ),
    nextSteps: [
      w.nextSteps.keepCopy,
      w.nextSteps.identity(authority.nameForms),
      w.nextSteps.refusal(authority.nameForms),
      w.nextSteps.complaint(supervisor.nameForms, hostOf(supervisor.website)),
    ],
    withoutCprOrMitId: withoutCprOrMitId(authority, input.words, channels),
    followUp: { ...followUp, blanks: followUpBlanks(letter, followUp) },
  };
}
