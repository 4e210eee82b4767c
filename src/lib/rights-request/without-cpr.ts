/** Advice for a reader without a CPR number or MitID, from what the authority's own content says. */
import type { Dictionary } from '../../i18n/dictionaries';
import type { Authority } from '../content/types';
import { hasWrittenChannel } from './channels';
import type { RequestChannel } from './types';

/**
 * Without a CPR number: what else the authority's identification advice names to find the reader by (never
 * a requirement the content does not hold). Without MitID: the other written channels, since Digital Post
 * needs MitID; said only where the authority takes Digital Post.
 */
export function withoutCprOrMitId(
  authority: Pick<Authority, 'nameForms' | 'website' | 'identificationDetails'>,
  words: Dictionary,
  channels: readonly RequestChannel[],
): string[] {
  const w = words.request;
  const details = (authority.identificationDetails ?? []).filter((detail) => detail !== 'cpr');
  const withoutCpr =
    details.length > 0
      ? w.withoutCpr(
          authority.nameForms,
          words.list(details.map((detail) => w.withoutCprDetails[detail])).join(''),
        )
      : w.withoutCprUnpublished(authority.nameForms);
  if (!channels.some((channel) => channel.kind === 'digitalPost')) return [withoutCpr];
  const otherWritten = hasWrittenChannel(channels.filter((channel) => channel.kind !== 'digitalPost'));
  return [
    withoutCpr,
    otherWritten ? w.withoutMitId : w.withoutMitIdElsewhere(authority.nameForms, authority.website),
  ];
}
