import { gdprProvision } from '../../i18n/citations';
import { da } from '../../i18n/dictionaries/da';
import type { Duration } from '../dates';
import type { ContentProblem } from './errors';

/** A notice's frontmatter and body as read (see ContentReading.noticeFiles). */
interface NoticeText {
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
  bodyLine: number;
}

/** A fact that changed from the published version, and how prose states the old and the new value. */
interface ChangedFact {
  /** The old value as a message quotes it: "30 dage", "Politiet", "artikel 6, stk. 1, litra e". */
  old: string;
  /** Finds the old value in prose. */
  oldIn: RegExp;
  /** Finds the new value in prose; a text stating both is taken to say what changed. */
  newIn?: RegExp;
  /** What the structured field says now: "perioden er nu 14 dage". */
  now: string;
  /** Whether the prose "siger" (a period) or "nævner" (a name, an article) the old value. */
  verb: 'siger' | 'nævner';
}

/** The prose fields of a notice that repeat its facts, each with its Danish name in the definite form. */
const proseFields = [
  { field: 'summary', named: 'resuméet' },
  { field: 'purpose', named: 'formålet' },
  { field: 'retention.criteria', named: 'kriterierne for opbevaring' },
] as const;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A pattern for `source` standing as whole words: no letter or digit right before or after it. */
const wholeWords = (source: string) => new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'iu');

/** A period as prose writes it: a number, in figures or words, and a unit ("30 dage", "fem år"). */
const durationPattern =
  /(?<![\p{L}\d])(?:\d+(?:[,.]\d+)?|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv)\s+(?:dage|dag|døgn|uger|uge|måneder|måned|år|timer|time)(?![\p{L}\d])/giu;

const durationsIn = (text: string) =>
  [...text.matchAll(durationPattern)].map(([duration]) => duration.replace(/\s+/g, ' ').toLowerCase());

const textAt = (data: Record<string, unknown>, key: string, inner?: string) => {
  const value = inner ? (data[key] as Record<string, unknown> | undefined)?.[inner] : data[key];
  return typeof value === 'string' ? value : undefined;
};

/** A notice's retention period as Danish prose writes it: its duration in words ("30 dage"), or its text. */
function periodIn(data: Record<string, unknown>): string | undefined {
  const duration = (data.retention as { duration?: Duration } | undefined)?.duration;
  return duration ? da.formatDuration(duration) : textAt(data, 'retention', 'period');
}

/** The durations of the published period that the current period no longer states. */
function changedPeriod(previous: Record<string, unknown>, current: Record<string, unknown>): ChangedFact[] {
  const [before, after] = [periodIn(previous), periodIn(current)];
  if (!before || !after || before === after) return [];
  const now = durationsIn(after);
  const newValue = now[0] ?? after;
  return durationsIn(before)
    .filter((duration) => !now.includes(duration))
    .map((duration) => ({
      old: duration,
      oldIn: wholeWords(escaped(duration)),
      newIn: wholeWords(escaped(newValue)),
      now: `perioden er nu ${newValue}`,
      verb: 'siger',
    }));
}

/** The names in a list of `{ name }` or `{ article }` items. */
const valuesOf = (list: unknown, key: 'name' | 'article') =>
  Array.isArray(list)
    ? list.flatMap((item: unknown) => {
        const value =
          typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
        return typeof value === 'string' ? [value] : [];
      })
    : [];

/** What the structured field says now about values `gone` from it: the one that replaced it, or that it is gone. */
function nowSaid(
  gone: readonly string[],
  added: readonly string[],
  one: (value: string) => string,
  field: string,
) {
  return (value: string) =>
    gone.length === 1 && added.length > 0
      ? `${field} er nu ${da.list(added.map(one)).join('')}`
      : `${one(value)} står ikke længere i ${field}`;
}

/** The recipients of the published version that the current version no longer names. */
function changedRecipients(
  previous: Record<string, unknown>,
  current: Record<string, unknown>,
): ChangedFact[] {
  const [before, after] = [valuesOf(previous.recipients, 'name'), valuesOf(current.recipients, 'name')];
  const gone = before.filter((name) => !after.includes(name));
  const added = after.filter((name) => !before.includes(name));
  const now = nowSaid(gone, added, (name) => name, 'modtagerne');
  return gone.map((name) => ({
    old: name,
    oldIn: wholeWords(escaped(name)),
    ...(gone.length === 1 && added.length === 1 && { newIn: wholeWords(escaped(added[0]!)) }),
    now: now(name),
    verb: 'nævner',
  }));
}

/** An article such as "6(1)(e)" in its Danish forms: "artikel 6, stk. 1, litra e", "art. 6(1)(e)", "6(1)(e)". */
function articlePattern(article: string) {
  const [number, paragraph, letter] = /^(\d+)\((\d+)\)\(([a-j])\)$/.exec(article)?.slice(1) ?? [];
  if (!number || !paragraph || !letter) return wholeWords(escaped(article));
  return wholeWords(
    [
      `(?:artikel|art\\.)\\s*${number}\\s*,\\s*stk\\.\\s*${paragraph}\\s*,\\s*litra\\s*${letter}`,
      `${number}\\s*\\(\\s*${paragraph}\\s*\\)\\s*\\(\\s*${letter}\\s*\\)`,
    ].join('|'),
  );
}

const articleInDanish = (article: string) => da.citations.gdpr(gdprProvision(article));

/** The articles of the published legal bases that the current ones no longer name. */
function changedArticles(previous: Record<string, unknown>, current: Record<string, unknown>): ChangedFact[] {
  const articles = (data: Record<string, unknown>) => [
    ...valuesOf(data.legalBases, 'article'),
    ...valuesOf(data.specialCategoryBases, 'article'),
  ];
  const [before, after] = [articles(previous), articles(current)];
  const gone = before.filter((article) => !after.includes(article));
  const added = after.filter((article) => !before.includes(article));
  const now = nowSaid(gone, added, articleInDanish, 'retsgrundlaget');
  return gone.map((article) => ({
    old: articleInDanish(article),
    oldIn: articlePattern(article),
    ...(gone.length === 1 && added.length === 1 && { newIn: articlePattern(added[0]!) }),
    now: now(article),
    verb: 'nævner',
  }));
}

const staleIn = (text: string, fact: ChangedFact) => fact.oldIn.test(text) && !fact.newIn?.test(text);

const messageFor = (named: string, fact: ChangedFact) =>
  `${named} ${fact.verb} stadig ${fact.old}; ${fact.now}. Ret teksten, hvis den skal følge med`;

/**
 * Prose that still states a fact the notice's structured fields no longer state, against the published
 * version `previous`: a retention period (its number and unit, "30 dage"), a recipient (its name) or a legal
 * basis (its article, in its Danish forms). Each prose field (summary, purpose, retention criteria, body)
 * that states the old value and not the new gets a warning at its line: prose may mention an old value on
 * purpose ("tidligere 30 dage"), so the editor decides.
 */
export function staleProse(notice: NoticeText, previous: Record<string, unknown>): ContentProblem[] {
  const { file, frontmatter: current, body, bodyLine } = notice;
  const facts = [
    ...changedPeriod(previous, current),
    ...changedRecipients(previous, current),
    ...changedArticles(previous, current),
  ];
  const bodyLines = body.split('\n');
  return facts.flatMap((fact): ContentProblem[] => {
    const inFields = proseFields.flatMap(({ field, named }): ContentProblem[] => {
      const [key, inner] = field.split('.') as [string, string | undefined];
      const text = textAt(current, key, inner);
      return text && staleIn(text, fact)
        ? [{ file, field, message: messageFor(named, fact), warning: true }]
        : [];
    });
    const lineInBody = staleIn(body, fact) ? bodyLines.findIndex((line) => fact.oldIn.test(line)) : -1;
    const inBody: ContentProblem[] =
      lineInBody < 0
        ? []
        : [
            {
              file,
              line: bodyLine + lineInBody,
              field: 'body',
              message: messageFor('teksten', fact),
              warning: true,
            },
          ];
    return [...inFields, ...inBody];
  });
}
