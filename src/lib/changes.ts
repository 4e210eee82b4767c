import { createHash } from 'node:crypto';

import { noticePath } from '../config/routes';
import type { NoticeData, ProcessingElement } from './content/schema';
import { startOfDay } from './dates';

/**
 * What a change is for the reader: a notice's earliest entry publishes it; a later one that names the
 * elements it changed (`changed`) changed the processing; any other changed only the text.
 */
export type ChangeKind = 'published' | 'processing' | 'wording';

export const changeKinds: readonly ChangeKind[] = ['processing', 'published', 'wording'];

/** The kind of the change at `index` of a notice's changes (in any order; the earliest date publishes). */
export function changeKind(
  changes: readonly { date: string; changed?: readonly ProcessingElement[] }[],
  index: number,
): ChangeKind {
  const earliest = changes.reduce(
    (first, change, at) => (change.date < changes[first]!.date ? at : first),
    0,
  );
  if (index === earliest) return 'published';
  const { changed } = changes[index]!;
  return changed && changed.length > 0 ? 'processing' : 'wording';
}

export interface NoticeChange {
  /** Stable across builds and hosts' content edits: authority, notice, date and the change's place among that day's changes. */
  key: string;
  date: string;
  /** A distinct, stable moment on the change's date (see changeInstants), e.g. "2026-11-23T09:41:07Z". */
  instant: string;
  note: string;
  kind: ChangeKind;
  /** The elements of the processing it changed; empty unless its kind is processing. */
  changed: readonly ProcessingElement[];
  authority: { slug: string; name: string };
  noticeTitle: string;
  path: string;
}

/** Every change of every notice (of one authority, when given), newest first; same-day changes keep content order. */
export interface ChangeSource {
  authorities: readonly {
    slug: string;
    name: string;
    notices: readonly (Pick<NoticeData, 'title' | 'changes'> & { slug: string })[];
  }[];
}

const secondsPerDay = 86_400;
// Moments fall in the date's first hour (UTC), so a change published later that day is never dated ahead.
const firstHour = 3_600;

/** A second of the date's first hour that depends on the key alone, so it never changes while the key stays. */
const secondOf = (key: string) => createHash('sha256').update(key).digest().readUInt32BE(0) % firstHour;

/**
 * A moment for each change, by key. The content records only dates, but feed readers order entries by
 * their time and treat a changed time as an update, so every change gets its own notional second on its
 * date: one in the first hour derived from its key, or, when a change with an earlier key already has
 * that second, the next free one. The same content always gives the same moments, and a new change moves
 * an existing one only in that rare collision. Computed over the whole site, so a change has the same
 * moment in every feed.
 */
export function changeInstants(changes: readonly { key: string; date: string }[]): Map<string, string> {
  const taken = new Set<string>();
  const instants = new Map<string, string>();
  for (const { key, date } of [...changes].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    let second = secondOf(key);
    while (taken.has(`${date}/${second}`)) second = (second + 1) % secondsPerDay;
    taken.add(`${date}/${second}`);
    const instant = new Date(startOfDay(date).valueOf() + second * 1000);
    instants.set(key, instant.toISOString().replace('.000Z', 'Z'));
  }
  return instants;
}

export function listChanges({ authorities }: ChangeSource, authoritySlug?: string): NoticeChange[] {
  const all = authorities.flatMap((authority) =>
    authority.notices.flatMap((notice) =>
      notice.changes.map((change, index) => {
        const sameDayBefore = notice.changes
          .slice(0, index)
          .filter((earlier) => earlier.date === change.date).length;
        return {
          key: `${authority.slug}/${notice.slug}/${change.date}/${sameDayBefore + 1}`,
          date: change.date,
          note: change.note,
          kind: changeKind(notice.changes, index),
          changed: change.changed ?? [],
          authority: { slug: authority.slug, name: authority.name },
          noticeTitle: notice.title,
          path: noticePath(authority.slug, notice.slug),
        };
      }),
    ),
  );
  const instants = changeInstants(all);
  const changes = all
    .filter((change) => authoritySlug === undefined || change.authority.slug === authoritySlug)
    .map((change) => ({ ...change, instant: instants.get(change.key)! }));
  // Array.prototype.sort is stable, so changes of the same day stay in content order.
  return changes.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
