import type { Content } from './content/types';
import type { OverviewEntry } from './overview';

export interface SituationEntry {
  title: string;
  /** The notices that apply, in the situations file's order. */
  entries: OverviewEntry[];
}

/**
 * The readers' situations with the notices they name. With `authoritySlug`, only the situations that
 * name a notice of that authority (its hub shows them). The content check has made sure every named
 * notice exists.
 */
export function situationsWithNotices(
  { situations, authorities }: Pick<Content, 'situations' | 'authorities'>,
  authoritySlug?: string,
): SituationEntry[] {
  const entryOf = (reference: string): OverviewEntry[] => {
    const [authoritySlugOf, noticeSlug] = reference.split('/');
    const authority = authorities.find((candidate) => candidate.slug === authoritySlugOf);
    const notice = authority?.notices.find((candidate) => candidate.slug === noticeSlug);
    return authority && notice ? [{ notice, authorityName: authority.name }] : [];
  };
  return situations.situations
    .map((situation) => ({ title: situation.title, entries: situation.notices.flatMap(entryOf) }))
    .filter(
      ({ entries }) =>
        entries.length > 0 &&
        (authoritySlug === undefined || entries.some(({ notice }) => notice.authority === authoritySlug)),
    );
}
