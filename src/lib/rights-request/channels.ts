/**
 * The ways to send a request, in the site's order of preference: Digital Post first (the secure channel
 * the authorities recommend), then e-mail, the contact form and a letter, and the phone last, since a
 * request is best sent in writing. The same order as the contact sections, phone moved last.
 */
import type { Dictionary } from '../../i18n/dictionaries';
import type { ContactChannels } from '../content/schema';
import type { ChannelKind, RequestChannel } from './types';

interface ChannelContext {
  /** Where to find a contact form that has no address of its own. */
  website: string;
  /** The channel the authority recommends (its recommendedChannel), if any. */
  recommended?: ChannelKind;
}

/**
 * How to reach a contact form: its own address; else, where the content's guidance says where it is, that
 * guidance alone; else the authority's website, where a reader can look for it.
 */
function contactFormWay(
  { url, guidance }: NonNullable<ContactChannels['contactForm']>,
  words: Dictionary,
  website: string,
): Pick<RequestChannel, 'how' | 'link'> {
  const w = words.request.channels;
  if (url) return { how: w.contactFormAt, link: { text: url, href: url } };
  if (guidance) return { how: w.contactFormGuided };
  return { how: w.contactFormOnWebsite, link: { text: website, href: website } };
}

/** Every channel the content gives, each with how to use it and what to know about its security. */
export function requestChannels(
  channels: ContactChannels,
  words: Dictionary,
  { website, recommended }: ChannelContext,
): RequestChannel[] {
  const { digitalPost, email, contactForm, letter, phone } = channels;
  const w = words.request.channels;
  const names = words.contact;
  const result: (Omit<RequestChannel, 'recommended'> | false | undefined)[] = [
    digitalPost && {
      kind: 'digitalPost',
      label: names.digitalPost,
      how: w.digitalPostHow(digitalPost.recipient),
      guidance: digitalPost.guidance,
      security: w.digitalPostSecurity,
    },
    email !== undefined && {
      kind: 'email',
      label: names.email,
      how: w.emailHow(email),
      address: email,
      security: w.emailSecurity,
    },
    contactForm && {
      kind: 'contactForm',
      label: names.contactForm,
      ...contactFormWay(contactForm, words, website),
      address: contactForm.url,
      guidance: contactForm.guidance,
    },
    letter && {
      kind: 'letter',
      label: names.letter,
      how: w.letterHow,
      lines: letter,
    },
    phone !== undefined && {
      kind: 'phone',
      label: names.phone,
      how: w.phoneHow(phone),
      address: phone,
    },
  ];
  return result
    .filter((channel) => !!channel)
    .map((channel) => ({ ...channel, recommended: channel.kind === recommended }));
}

/** Whether any channel takes a written request. */
export const hasWrittenChannel = (channels: readonly RequestChannel[]) =>
  channels.some((channel) => channel.kind !== 'phone');
