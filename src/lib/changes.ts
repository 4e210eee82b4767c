import type { PurposeData } from './content/schema';
import { purposePath } from './routes';

export interface NoticeChange {
  /** Stable across builds and hosts' content edits: authority, notice, date and the change's place among that day's changes. */
  key: string;
  date: string;
  note: string;
  authority: { slug: string; name: string };
  purposeTitle: string;
  path: string;
}

/** Every change of every notice (of one authority, when given), newest first; same-day changes keep content order. */
export interface ChangeSource {
  authorities: readonly {
    slug: string;
    name: string;
    purposes: readonly (Pick<PurposeData, 'title' | 'changes'> & { slug: string })[];
  }[];
}

export function listChanges({ authorities }: ChangeSource, authoritySlug?: string): NoticeChange[] {
  const changes = authorities
    .filter((authority) => authoritySlug === undefined || authority.slug === authoritySlug)
    .flatMap((authority) =>
      authority.purposes.flatMap((purpose) =>
        purpose.changes.map((change, index) => {
          const sameDayBefore = purpose.changes
            .slice(0, index)
            .filter((earlier) => earlier.date === change.date).length;
          return {
            key: `${authority.slug}/${purpose.slug}/${change.date}/${sameDayBefore + 1}`,
            date: change.date,
            note: change.note,
            authority: { slug: authority.slug, name: authority.name },
            purposeTitle: purpose.title,
            path: purposePath(authority.slug, purpose.slug),
          };
        }),
      ),
    );
  // Array.prototype.sort is stable, so changes of the same day stay in content order.
  return changes.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The newest date among the given ones, or undefined when there are none. */
export function newestDate(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>(
    (newest, date) => (newest === undefined || date > newest ? date : newest),
    undefined,
  );
}
