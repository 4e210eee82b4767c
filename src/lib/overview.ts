import type { Content, Purpose } from './content/types';

export interface OverviewEntry {
  purpose: Purpose;
  authorityName: string;
}

export interface OverviewGroup {
  id: string;
  title: string;
  entries: OverviewEntry[];
}

/** Every purpose of every authority, grouped by topic in the topics' order; empty topics are left out. */
export function purposesByTopic({
  topics,
  authorities,
}: Pick<Content, 'topics' | 'authorities'>): OverviewGroup[] {
  const entries = authorities.flatMap((authority) =>
    authority.purposes.map((purpose) => ({ purpose, authorityName: authority.name })),
  );
  return topics.topics
    .map((topic) => ({ ...topic, entries: entries.filter((entry) => entry.purpose.topic === topic.id) }))
    .filter((group) => group.entries.length > 0);
}

/** The same purpose at other authorities: notices elsewhere with the same topic. */
export function samePurposeElsewhere(
  { authorities }: Pick<Content, 'authorities'>,
  purpose: Purpose,
): OverviewEntry[] {
  return authorities
    .filter((authority) => authority.slug !== purpose.authority)
    .flatMap((authority) =>
      authority.purposes
        .filter((candidate) => candidate.topic === purpose.topic)
        .map((candidate) => ({ purpose: candidate, authorityName: authority.name })),
    );
}

export interface LetterGroup {
  letter: string;
  entries: OverviewEntry[];
}

const danishOrder = new Intl.Collator('da');

/** Every purpose of every authority from A to Å (Danish order), grouped by first letter. */
export function purposesAtoZ({ authorities }: Pick<Content, 'authorities'>): LetterGroup[] {
  const entries = authorities
    .flatMap((authority) => authority.purposes.map((purpose) => ({ purpose, authorityName: authority.name })))
    .sort(
      (a, b) =>
        danishOrder.compare(a.purpose.title, b.purpose.title) ||
        danishOrder.compare(a.authorityName, b.authorityName),
    );
  const groups: LetterGroup[] = [];
  for (const entry of entries) {
    const letter = entry.purpose.title.charAt(0).toLocaleUpperCase('da');
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}
