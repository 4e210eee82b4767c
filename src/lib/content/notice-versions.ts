/**
 * The past versions of each notice, read from the published branch's history (published-version.ts): one
 * version per calendar day on which the notice changed in what a reader sees, its state at the end of
 * that day. A commit that changed only the formatting (the same frontmatter once parsed, the same page
 * once rendered) makes no version, and the current notice is no past version. A past version is read with
 * today's schema; one that does not fit it is never guessed at but listed as one that cannot be shown.
 */
import path from 'node:path';

import type { z } from 'zod';

import { translationLanguages } from '../../config/languages';
import { dateOfSeconds } from '../dates';
import { contentFiles, translationPath, translationsFolder } from './content-files';
import { ContentFolder } from './content-folder';
import type { ContentProblem } from './errors';
import { renderMarkdown } from './markdown';
import { publishedHistoryOf, type HistoryCommit } from './published-version';
import { parseContentSource } from './read-file';
import { durationInDanish, noticeSchema, type NoticeData } from './schema';
import { fingerprintsOf, trackedFields, type DanishSource } from './source-fingerprints';
import { sourceFingerprintsField } from './translation-schema';
import { readTranslations } from './translations';
import type { Notice, Translation } from './types';
import { validate } from './validate';

/** A notice as it was published on a date, with its translations as they were then. */
export interface NoticeVersion {
  /** The date (YYYY-MM-DD, UTC) from which it applied. */
  date: string;
  /** The date the next version replaced it; absent where the next one is not published yet. */
  until?: string;
  notice: Notice;
  /** Its translation into each language that had a usable one then, by language. */
  translations: Record<string, Translation>;
}

/** A past version that today's schema cannot read: listed, never shown with guessed values. */
export interface UnreadableVersion {
  date: string;
  until?: string;
  /** What today's schema finds in it, in Danish. */
  problems: string[];
}

export interface NoticeHistory {
  /** The past versions, oldest first, each readable or not. */
  versions: (NoticeVersion | UnreadableVersion)[];
  /** The date from which the current notice applies, where the published branch holds it. */
  currentSince?: string;
  /** For a withdrawn notice: the date (UTC) its file was deleted from the published branch; its last version applied until then. */
  withdrawn?: string;
}

/** A notice whose file was deleted from the published branch (not renamed): its past versions stay published. */
export interface WithdrawnNotice {
  /** Its file as the current notices' files are named ("content/purposes/…"), the key of its history. */
  file: string;
  authority: string;
  slug: string;
}

export const isReadable = (version: NoticeVersion | UnreadableVersion): version is NoticeVersion =>
  'notice' in version;

/** One day's end state of a notice's file and its translations (blobs). */
interface DayState {
  date: string;
  /** The notice's text; absent where its file was deleted that day (withdrawn). */
  blob?: string;
  translationBlobs: Record<string, string | undefined>;
}

const noticeFolder = contentFiles.purpose.folder;
const isNoticePath = (file: string) => file.startsWith(`${noticeFolder}/`) && file.split('/').length === 3;

/** What a reader sees of a notice: every field of its frontmatter and its rendered text. */
export function readerView(notice: Pick<Notice, 'body' | keyof NoticeData>): string {
  const fields = Object.fromEntries(noticeSchema.keyof().options.map((key) => [key, notice[key]]));
  return JSON.stringify({ ...fields, body: notice.body.html });
}

/**
 * Each notice's day states by its path at the end of the history, renames followed. A deletion that is
 * no rename ends the notice's states with one without a text: the day it was withdrawn. A file added
 * again at that path later continues them.
 */
function dayStates(commits: readonly HistoryCommit[], languages: readonly string[]) {
  const blobs = new Map<string, string>();
  const lineageOf = new Map<string, DayState[]>();
  // The state at the end of the day: a later commit that day replaces the earlier one's.
  const record = (file: string, state: DayState) => {
    const lineage = lineageOf.get(file) ?? [];
    lineageOf.set(file, lineage);
    if (lineage.at(-1)?.date === state.date) lineage[lineage.length - 1] = state;
    else lineage.push(state);
  };
  for (const { time, changes } of commits) {
    const date = dateOfSeconds(time);
    const touched = new Set<string>();
    for (const change of changes) {
      if (change.renamedFrom) {
        blobs.delete(change.renamedFrom);
        const lineage = lineageOf.get(change.renamedFrom);
        lineageOf.delete(change.renamedFrom);
        if (lineage && isNoticePath(change.path)) lineageOf.set(change.path, lineage);
      }
      if (change.blob) blobs.set(change.path, change.blob);
      else {
        blobs.delete(change.path);
        if (lineageOf.has(change.path)) record(change.path, { date, translationBlobs: {} });
      }
      const danish = change.path.startsWith(`${translationsFolder}/`)
        ? change.path.split('/').slice(2).join('/')
        : change.path;
      if (isNoticePath(danish) && blobs.has(danish)) touched.add(danish);
    }
    for (const file of touched)
      record(file, {
        date,
        blob: blobs.get(file)!,
        translationBlobs: Object.fromEntries(
          languages.map((language) => [language, blobs.get(translationPath(language, file))]),
        ),
      });
  }
  return lineageOf;
}

/** Reads one past state of a notice with today's schema and its translations with today's rules. */
function readVersion(
  label: string,
  file: string,
  slugs: { slug: string; authority: string },
  texts: { danish: string; translations: Record<string, string | undefined> },
  languages: readonly string[],
): { notice: Notice; translations: Record<string, Translation> } | { problems: string[] } {
  const labelled = `${label}/${file}`;
  const parsed = parseContentSource(texts.danish, labelled);
  if (!parsed.ok) return { problems: [parsed.problem.message] };
  const validated = validate(noticeSchema, withPeriodAsDuration(parsed.data), labelled);
  if (!validated.ok)
    return { problems: validated.problems.map((problem) => `${problem.field}: ${problem.message}`) };
  const notice: Notice = {
    ...validated.data,
    ...slugs,
    file: labelled,
    absolutePath: '',
    body: renderMarkdown(parsed.body),
  };
  const translationFiles = languages.flatMap((language) => {
    const text = texts.translations[language];
    return text === undefined ? [] : [{ file: translationPath(language, file), text }];
  });
  const problems: ContentProblem[] = [];
  const danish: DanishSource = { data: validated.data, body: parsed.body };
  const { translations } = readTranslations(
    {
      report: (problem) => problems.push(problem),
      parse: (schema, ref) => {
        const source = parseContentSource(texts.translations[ref.path.split('/')[1]!]!, ref.file);
        const data = source.ok && asReadToday(source.data, schema as z.ZodObject, danish);
        const words = source.ok && validate(schema, data, ref.file);
        return source.ok && words && words.ok
          ? {
              data: words.data,
              body: renderMarkdown(source.body),
              bodySource: source.body,
              bodyLine: source.bodyLine,
            }
          : undefined;
      },
    },
    ContentFolder.inMemory(label, translationFiles),
    {
      exists: (candidate) => candidate === labelled,
      validSource: (candidate) => (candidate === labelled ? danish : undefined),
    },
    languages,
  );
  return {
    notice,
    translations: Object.fromEntries(
      languages.flatMap((language) => {
        const translation = translations[language]?.[labelled];
        return translation ? [[language, translation]] : [];
      }),
    ),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A notice written before periods of a number and a unit became a duration ("period: 30 dage"), as today's
 * schema states the same period: { duration: { amount: 30, unit: days } }.
 */
function withPeriodAsDuration(data: unknown): unknown {
  if (!isRecord(data) || !isRecord(data.retention) || typeof data.retention.period !== 'string') return data;
  const { period, ...retention } = data.retention;
  const duration = durationInDanish(period);
  return duration ? { ...data, retention: { ...retention, duration } } : data;
}

/**
 * A translation of a past version as today's rules read it. Its period drops where the Danish one became
 * a duration, which every language words itself. One written before the site recorded fingerprints says
 * instead, in `translates`, the date of the newest Danish change it covers: where that was the newest of
 * its version, every field was translated from that version's Danish text, and is fingerprinted so; where
 * it was older, no field is, and the version's page shows the Danish text, as the site did then.
 */
function asReadToday(data: unknown, schema: z.ZodObject, danish: DanishSource): unknown {
  if (!isRecord(data)) return data;
  const { translates, ...words } = data;
  const danishRetention = (danish.data as Partial<NoticeData>).retention;
  if (danishRetention?.duration && isRecord(words.retention))
    words.retention = Object.fromEntries(
      Object.entries(words.retention).filter(([field]) => field !== 'period'),
    );
  if (translates === undefined) return words;
  const changes = (danish.data as Partial<NoticeData>).changes ?? [];
  const newest = changes.reduce((latest, { date }) => (date > latest ? date : latest), '');
  if (translates !== newest || sourceFingerprintsField in words) return words;
  return { ...words, [sourceFingerprintsField]: fingerprintsOf(schema, danish, trackedFields(schema)) };
}

export interface VersionsReading {
  /** Each notice's history by its file ("content/purposes/…"): the current notices' and the withdrawn ones'. */
  histories: Map<string, NoticeHistory>;
  /** The withdrawn notices that are published: of a current authority, with a version that can be shown. */
  withdrawn: WithdrawnNotice[];
  /** For the build log: where the versions come from, how many, and which cannot be shown; in Danish. */
  report: string[];
}

/** A notice whose history is read: current (`notice`) or withdrawn. */
interface Wanted {
  file: string;
  lineage: DayState[];
  notice?: Notice;
  slugs: { slug: string; authority: string };
}

type ReadState = (state: DayState & { blob: string }) => ReturnType<typeof readVersion>;

/**
 * A notice's versions from its day states, each in force until the next one or its withdrawal; the last
 * one left out where it is the current notice. A day without a text (a withdrawal) is no version.
 */
function historyOf(lineage: readonly DayState[], read: ReadState, current?: Notice): NoticeHistory {
  const versions: (NoticeVersion | UnreadableVersion)[] = [];
  const withdrawnOn = new Map<NoticeVersion | UnreadableVersion, string>();
  let withdrawn: string | undefined;
  let previous: { blob: string; view?: string } | undefined;
  for (const state of lineage) {
    if (state.blob === undefined) {
      const last = versions.at(-1);
      if (last && !withdrawnOn.has(last)) withdrawnOn.set(last, state.date);
      withdrawn = state.date;
      // A text restored later applies anew from then: a version of its own.
      previous = undefined;
      continue;
    }
    withdrawn = undefined;
    if (state.blob === previous?.blob) continue;
    const version = read({ ...state, blob: state.blob });
    const view = 'notice' in version ? readerView(version.notice) : undefined;
    if (view === undefined || view !== previous?.view) versions.push({ date: state.date, ...version });
    previous = { blob: state.blob, view };
  }
  const last = versions.at(-1);
  const currentSince =
    current && !withdrawn && last && isReadable(last) && readerView(last.notice) === readerView(current)
      ? last.date
      : undefined;
  if (currentSince) versions.pop();
  versions.forEach((version, index) => {
    const until = withdrawnOn.get(version) ?? versions[index + 1]?.date ?? currentSince;
    if (until) version.until = until;
  });
  return {
    versions,
    ...(currentSince && { currentSince }),
    ...(!current && withdrawn && { withdrawn }),
  };
}

/**
 * The past versions of the notices `current` of the content folder `root` (named `label` in messages),
 * and of the withdrawn notices of the authorities `authorities` (by default the current notices'), from
 * the published branch's history; none, and the report says why, where the history cannot be read.
 */
export function readNoticeVersions(
  root: string,
  label: string,
  current: readonly Notice[],
  {
    ref,
    languages = translationLanguages,
    authorities = current.map((notice) => notice.authority),
  }: { ref?: string; languages?: readonly string[]; authorities?: readonly string[] } = {},
): VersionsReading {
  const history = publishedHistoryOf(root, [noticeFolder, translationsFolder], ref);
  const histories = new Map<string, NoticeHistory>();
  if (!history.read) return { histories, withdrawn: [], report: [history.description] };
  const lineageOf = dayStates(history.commits, languages);
  const currentOf = new Map(
    current.map((notice) => [path.relative(root, notice.absolutePath).split(path.sep).join('/'), notice]),
  );
  const wanted = [...lineageOf].flatMap(([file, lineage]): Wanted[] => {
    const notice = currentOf.get(file);
    if (notice) return [{ file, lineage, notice, slugs: { slug: notice.slug, authority: notice.authority } }];
    // Neither current nor withdrawn: deleted here, not yet on the published branch.
    if (lineage.at(-1)?.blob !== undefined) return [];
    const [, authority, name] = file.split('/');
    return [
      {
        file,
        lineage,
        slugs: { slug: path.basename(name!, '.md'), authority: authority! },
      },
    ];
  });
  const texts = history.texts(
    wanted
      .flatMap(({ lineage }) =>
        lineage.flatMap((state) => [state.blob, ...Object.values(state.translationBlobs)]),
      )
      .filter((blob) => blob !== undefined),
  );
  const unreadable: string[] = [];
  const withdrawn: WithdrawnNotice[] = [];
  const unpublished: string[] = [];
  for (const { file, lineage, notice, slugs } of wanted) {
    const labelled = notice?.file ?? `${label}/${file}`;
    const noticeHistory = historyOf(
      lineage,
      (state) =>
        readVersion(
          label,
          file,
          slugs,
          {
            danish: texts.get(state.blob) ?? '',
            translations: Object.fromEntries(
              Object.entries(state.translationBlobs).map(([language, blob]) => [
                language,
                blob && texts.get(blob),
              ]),
            ),
          },
          languages,
        ),
      notice,
    );
    if (!notice) {
      if (!authorities.includes(slugs.authority) || !noticeHistory.versions.some(isReadable)) {
        unpublished.push(labelled);
        continue;
      }
      withdrawn.push({ file: labelled, ...slugs });
    }
    for (const version of noticeHistory.versions)
      if (!isReadable(version)) unreadable.push(`${labelled} (${version.date})`);
    histories.set(labelled, noticeHistory);
  }
  const count = [...histories.values()].reduce(
    (sum, { versions }) => sum + versions.filter(isReadable).length,
    0,
  );
  const listed = (files: readonly string[]) => files.join(', ');
  return {
    histories,
    withdrawn,
    report: [
      `${history.description} ${count} tidligere versioner af ${histories.size} meddelelser.`,
      ...(unreadable.length > 0
        ? [
            `${unreadable.length} tidligere versioner kan ikke vises, fordi de ikke passer til det nuværende skema: ${listed(unreadable)}`,
          ]
        : []),
      ...(withdrawn.length > 0
        ? [
            `${withdrawn.length} tilbagetrukne meddelelser udgives med deres versioner: ${listed(withdrawn.map(({ file }) => file))}`,
          ]
        : []),
      ...(unpublished.length > 0
        ? [
            `${unpublished.length} tilbagetrukne meddelelser udgives ikke, fordi deres myndighed ikke findes længere, eller ingen af deres versioner kan vises: ${listed(unpublished)}`,
          ]
        : []),
    ],
  };
}
