/** The shape of a written request to use a right: what the builder returns and a page renders. */
import type { NameForms } from '../../i18n/names';
import type {
  AuthorityElement,
  contactChannelKinds,
  identificationDetailKinds,
  RightId,
} from '../content/schema';

/** What the reader fills in. Every blank in a letter is one of these, with its label in the page's language. */
export const blankKinds = [
  'name',
  'address',
  'caseNumber',
  'cpr',
  'date',
  'signature',
  'wrongData',
  'correctData',
  'reason',
  'particularSituation',
  'newController',
  'decision',
  'otherNames',
  'answerBy',
  'lookingFor',
  'sentDate',
  'dueDate',
  'reference',
  'answerReceived',
] as const;

export type BlankKind = (typeof blankKinds)[number];

/**
 * The blanks that identify the reader: the full name, other names or spellings, and what the authority's
 * identificationDetails name.
 */
export type IdentificationKind = 'name' | 'otherNames' | (typeof identificationDetailKinds)[number];

/** A place in the letter for the reader to fill in; rendered as a blank, or as "[label]" in plain text. */
export interface Blank {
  blank: BlankKind;
  label: string;
}

/** A run of the letter: text, or a blank to fill in. */
export type Segment = string | Blank;

/** A notice by its published title. */
export interface NoticeRef {
  slug: string;
  title: string;
}

/**
 * What data the request concerns: every notice's (`all`, a sentence), or the notices listed after
 * `chosen`. Both are given where the reader may still narrow an all-purpose request down on the page.
 */
export interface ScopeBlock {
  kind: 'scope';
  /** "This concerns all the personal data …": present when the request covers every notice. */
  all?: string;
  /** The lead-in to the list of notices, used when `all` is absent. */
  chosen: string;
  purposes: NoticeRef[];
}

/** The choices a letter offers the reader: the grounds of a restriction, an added request for partsaktindsigt. */
export const optionsNames = ['restrictionGrounds', 'partyAccess'] as const;

export type OptionsName = (typeof optionsNames)[number];

/** One sentence the reader may choose, e.g. a ground of art. 18(1) with its litra. */
export interface LetterOption {
  id: string;
  text: string;
}

/**
 * Sentences the reader chooses among. On paper each has a box to tick; on screen the letter shows those
 * ticked in the form. With none ticked, an `optional` block is left out of the letter; any other block
 * shows every sentence with its box, as on paper, since the letter needs at least one.
 */
export interface OptionsBlock {
  kind: 'options';
  name: OptionsName;
  optional: boolean;
  /** The line before the sentences, e.g. "Behandlingen skal begrænses, fordi:". */
  lead?: string;
  options: LetterOption[];
}

/** The line to sign on: on the printed letter only, never in the copied text. */
export interface SignatureBlock {
  kind: 'signature';
  label: string;
}

/**
 * A paragraph of the letter, a list whose items are lines, the notices it concerns, sentences to choose,
 * or the signature.
 */
export type LetterBlock =
  | { kind: 'paragraph'; parts: Segment[] }
  | { kind: 'list'; items: Segment[][] }
  | ScopeBlock
  | OptionsBlock
  | SignatureBlock;

/** A letter: its recipient's name and postal lines (none for a text to paste into a form), and its blocks. */
export interface Letter {
  recipient: { name: string; lines: string[] };
  letter: LetterBlock[];
}

/**
 * After sending, for when the answer does not come: a reminder to the authority and a complaint to the
 * supervisory authority, with the date sent, the date due and the reference as blanks.
 */
export interface FollowUp {
  reminder: Letter;
  complaint: Letter;
  /** Where the complaint goes: the supervisory authority, and its website, where its form is. */
  supervisor: { nameForms: NameForms; website: string };
  /**
   * The blanks the follow-ups ask for that the request itself does not, in order, each once; without
   * dueDate, which the page reckons from sentDate.
   */
  blanks: Blank[];
}

export type ChannelKind = (typeof contactChannelKinds)[number];

/** A link in the advice: another site's address as it is, or a root address of this site. */
export interface Link {
  text: string;
  href: string;
}

/** A run of advice: text, or a link. */
export type AdviceSegment = string | Link;

/** One way to send the request (or, for phone, to ask), with what the reader should know about it. */
export interface RequestChannel {
  kind: ChannelKind;
  /** The channel's name, e.g. "Digital Post". */
  label: string;
  /** How to use it, with the recipient, address or number from the content. */
  how: string;
  /** Postal address lines (letter only). */
  lines?: string[];
  /** The e-mail address, form address or phone number. */
  address?: string;
  /** Where the channel is: the form's own address, or the website a form without one is on. */
  link?: Link;
  /** The content's own guidance for the channel, e.g. which sub-topic to choose. */
  guidance?: string;
  /** What to know about the channel's security, where there is something to know. */
  security?: string;
  /** True for the authority's own recommendedChannel. */
  recommended: boolean;
}

/**
 * A contact element the authority does not publish, or a derived gap: no written channel. The declared
 * gap's own reason stays on the authority's page; here the reader gets one sentence and where to go.
 */
export interface MissingChannel {
  element: AuthorityElement | 'writtenChannel';
  /** What is missing and where to look instead: the authority's website, its DPO or the ministry. */
  advice: AdviceSegment[];
}

export interface RightsRequest extends Letter {
  right: RightId;
  /** The subject line, e.g. for Digital Post or the contact form. */
  subject: string;
  // recipient: the controller, its name and, where the content has a postal address, the address lines.
  // letter: after the recipient, the date, subject, body, identification, deadline and closing.
  notices: {
    /** 'all': the reader chose every notice; 'chosen': some of them. */
    scope: 'all' | 'chosen';
    /** The notices the request concerns, by published title: only those the right applies to. */
    applicable: NoticeRef[];
    /** Chosen notices the right does not apply to, left out of the letter. */
    notApplicable: NoticeRef[];
    /** Of the applicable ones, those where the right is limited (erasure, art. 17(3)(b)). */
    limited: NoticeRef[];
    /** Of the applicable ones, those whose unpublished art. 6 basis may limit the right. */
    mayBeLimited: NoticeRef[];
  };
  /** One sentence for the reader on where the right may be limited, with the article; absent where it is not. */
  limits?: string;
  /** What the authority may refuse or leave out, each with its rule: only what applies to this right. */
  refusals: string[];
  /** The blanks the letter asks for, in order, each once. */
  blanks: Blank[];
  /** The answer deadline, for the reader (art. 12(3)). */
  deadline: string;
  /** Ways to send the request to the controller, in the site's order of preference. */
  channels: RequestChannel[];
  /** The DPO as an alternative: its intro and channels; absent when its contact is not published. */
  dpo?: { intro: string; channels: RequestChannel[] };
  /** Contact the content does not publish, and where to look instead. */
  missingChannels: MissingChannel[];
  /** What happens after sending, up to the complaint to the supervisory authority. */
  nextSteps: string[];
  /** How to identify oneself without a CPR number, and send without MitID. */
  withoutCprOrMitId: string[];
  /** The reminder and the complaint, for when the answer does not come in time. */
  followUp: FollowUp;
}
