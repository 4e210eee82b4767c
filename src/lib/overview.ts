import type { Content, Notice } from './content/types';

export interface OverviewEntry {
  notice: Notice;
  authorityName: string;
}

export interface OverviewGroup {
  id: string;
  title: string;
  entries: OverviewEntry[];
}

/** Every notice of every authority, grouped by topic in the topics' order; empty topics are left out. */
export function noticesByTopic({
  topics,
  authorities,
}: Pick<Content, 'topics' | 'authorities'>): OverviewGroup[] {
  const entries = authorities.flatMap((authority) =>
    authority.notices.map((notice) => ({ notice, authorityName: authority.name })),
  );
  return topics.topics
    .map((topic) => ({ ...topic, entries: entries.filter((entry) => entry.notice.topic === topic.id) }))
    .filter((group) => group.entries.length > 0);
}

/** The same purpose at other authorities: notices elsewhere with the same topic. */
export function samePurposeElsewhere(
  { authorities }: Pick<Content, 'authorities'>,
  notice: Notice,
): OverviewEntry[] {
  return authorities
    .filter((authority) => authority.slug !== notice.authority)
    .flatMap((authority) =>
      authority.notices
        .filter((candidate) => candidate.topic === notice.topic)
        .map((candidate) => ({ notice: candidate, authorityName: authority.name })),
    );
}

export interface LetterGroup {
  letter: string;
  entries: OverviewEntry[];
}

const danishOrder = new Intl.Collator('da');

/** Every notice of every authority from A to Å (Danish order), grouped by first letter. */
export function noticesAtoZ({ authorities }: Pick<Content, 'authorities'>): LetterGroup[] {
  const entries = authorities
    .flatMap((authority) => authority.notices.map((notice) => ({ notice, authorityName: authority.name })))
    .sort(
      (a, b) =>
        danishOrder.compare(a.notice.title, b.notice.title) ||
        danishOrder.compare(a.authorityName, b.authorityName),
    );
  const groups: LetterGroup[] = [];
  for (const entry of entries) {
    const letter = entry.notice.title.charAt(0).toLocaleUpperCase('da');
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}
