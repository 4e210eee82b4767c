/**
 * What changed between two versions of a notice, section by section: the facts (a recipient, a legal
 * basis, a retention period …) added and removed, the wording changed word by word, and the change notes
 * written in between. Pure; the page words the facts.
 */
import { diffWords } from 'diff';

import type { Notice } from './content/types';
import type { noticeSectionIds } from './section-ids';

/** The facts the comparison counts, each an item of a list of the notice (retention: its period). */
export type FactField =
  | 'legalBases'
  | 'specialCategoryBases'
  | 'dataProtectionActBases'
  | 'statutes'
  | 'dataCategories'
  | 'dataSubjects'
  | 'sources'
  | 'recipients'
  | 'transfers'
  | 'retentionPeriod'
  | 'automatedDecisions';

export interface Fact {
  field: FactField;
  /** The item as the notice has it: a text, or an object such as { name, reason } or { amount, unit }. */
  item: unknown;
}

/** A text of the notice word by word: what both versions have, and what only the older or the newer has. */
export interface WordingChange {
  field: string;
  parts: { text: string; change?: 'added' | 'removed' }[];
}

export type ComparedSection = keyof typeof noticeSectionIds | 'text';

export interface SectionComparison {
  section: ComparedSection;
  added: Fact[];
  removed: Fact[];
  wording: WordingChange[];
}

export interface NoticeComparison {
  /** Only the sections with a change, in page order. */
  sections: SectionComparison[];
  /** The change notes the newer version has and the older has not. */
  changes: Notice['changes'];
}

type Texts = Record<string, (notice: Notice) => string | undefined>;

/** The text of sanitised HTML: tags dropped, the entities rehype-stringify writes read back. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<\/(p|h\d|li|tr|td|th|blockquote)>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_entity, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const comparedSections: readonly {
  section: ComparedSection;
  facts: (notice: Notice) => Fact[];
  texts: Texts;
}[] = [
  {
    section: 'text',
    facts: () => [],
    texts: {
      title: (notice) => notice.title,
      summary: (notice) => notice.summary,
      body: (notice) => textOfHtml(notice.body.html),
    },
  },
  {
    section: 'legalBasis',
    facts: (notice) => [
      ...listed('legalBases', notice.legalBases),
      ...listed('specialCategoryBases', notice.specialCategoryBases),
      ...listed('dataProtectionActBases', notice.dataProtectionActBases),
      ...listed('statutes', notice.statutes),
    ],
    texts: {
      purpose: (notice) => notice.purpose,
      legitimateInterest: (notice) => notice.legitimateInterest,
      consentWithdrawal: (notice) => notice.consentWithdrawal,
    },
  },
  {
    section: 'dataCategories',
    facts: (notice) => [
      ...listed('dataCategories', notice.dataCategories),
      ...listed('dataSubjects', notice.dataSubjects),
    ],
    texts: {},
  },
  { section: 'sources', facts: (notice) => listed('sources', notice.sources), texts: {} },
  { section: 'recipients', facts: (notice) => listed('recipients', notice.recipients), texts: {} },
  { section: 'transfers', facts: (notice) => listed('transfers', notice.transfers), texts: {} },
  {
    section: 'retention',
    // A period as a number and a unit is compared as one, and worded in the page's language.
    facts: (notice) => {
      const { duration, period } = notice.retention ?? {};
      return listed('retentionPeriod', duration ? [duration] : period && [period]);
    },
    texts: { 'retention.criteria': (notice) => notice.retention?.criteria },
  },
  {
    section: 'automatedDecisions',
    facts: (notice) =>
      listed('automatedDecisions', notice.automatedDecisions && [notice.automatedDecisions.used]),
    texts: { 'automatedDecisions.explanation': (notice) => notice.automatedDecisions?.explanation },
  },
  {
    section: 'provision',
    facts: () => [],
    texts: { provisionRequirement: (notice) => notice.provisionRequirement },
  },
];

function listed(field: FactField, items: readonly unknown[] | undefined | '' | false): Fact[] {
  return (items || []).map((item) => ({ field, item }));
}

const factKey = (fact: Fact) => JSON.stringify(fact);

/** The facts of `these` that `those` has not. */
const without = (these: Fact[], those: Fact[]) => {
  const keys = new Set(those.map(factKey));
  return these.filter((fact) => !keys.has(factKey(fact)));
};

function wordingChange(field: string, older = '', newer = ''): WordingChange[] {
  if (older === newer) return [];
  const parts = diffWords(older, newer).map((part) => ({
    text: part.value,
    ...(part.added ? { change: 'added' as const } : part.removed ? { change: 'removed' as const } : {}),
  }));
  return [{ field, parts }];
}

const changeKey = (change: Notice['changes'][number]) => `${change.date}\n${change.note}`;

/** What changed from the notice `older` to the notice `newer`. */
export function compareNotices(older: Notice, newer: Notice): NoticeComparison {
  const sections = comparedSections.flatMap(({ section, facts, texts }): SectionComparison[] => {
    const before = facts(older);
    const after = facts(newer);
    const compared = {
      section,
      added: without(after, before),
      removed: without(before, after),
      wording: Object.entries(texts).flatMap(([field, text]) =>
        wordingChange(field, text(older), text(newer)),
      ),
    };
    return compared.added.length + compared.removed.length + compared.wording.length > 0 ? [compared] : [];
  });
  const olderChanges = new Set(older.changes.map(changeKey));
  return { sections, changes: newer.changes.filter((change) => !olderChanges.has(changeKey(change))) };
}
