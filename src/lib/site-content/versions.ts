/**
 * The notices' past versions as the pages need them: read from the published branch's history once per
 * loaded content (notice-versions.ts), in the language of the page being rendered, with what changed.
 */
import 'server-only';

import { getSourceContent, staticParams } from '.';
import { contentLabel, contentRoot } from '../../config/environment';
import { noticePath, versionPath } from '../../config/routes';
import { pageLanguage } from '../../i18n';
import type { NoticeChange } from '../changes';
import {
  isReadable,
  readNoticeVersions,
  type NoticeHistory,
  type NoticeVersion,
  type VersionsReading,
} from '../content/notice-versions';
import type { Notice } from '../content/types';
import { noticeIn } from './localize';

const readings = new WeakMap<object, VersionsReading>();

/** Every notice's history, read once per loaded content. */
export function getVersionsReading(): VersionsReading {
  const content = getSourceContent();
  if (!readings.has(content)) {
    const notices = content.authorities.flatMap((authority) => authority.notices);
    const authorities = content.authorities.map((authority) => authority.slug);
    readings.set(content, readNoticeVersions(contentRoot(), contentLabel, notices, { authorities }));
  }
  return readings.get(content)!;
}

/** A notice's past versions, oldest first, and since when the current one applies; none where no history was read. */
export const getNoticeHistory = (notice: Pick<Notice, 'file'>): NoticeHistory =>
  getVersionsReading().histories.get(notice.file) ?? { versions: [] };

/** A withdrawn notice with the date it was withdrawn and its last version that can be shown. */
export interface Withdrawal {
  authority: string;
  slug: string;
  file: string;
  date: string;
  last: NoticeVersion;
}

/** The published withdrawn notices of an authority, or of all, the latest withdrawal first. */
export function getWithdrawals(authority?: string): Withdrawal[] {
  return getVersionsReading()
    .withdrawn.filter((notice) => authority === undefined || notice.authority === authority)
    .map((notice) => {
      const history = getNoticeHistory(notice);
      return { ...notice, date: history.withdrawn!, last: history.versions.filter(isReadable).at(-1)! };
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** The withdrawn notice at an address that no current notice has, if any. */
export const getWithdrawal = (authority: string, slug: string) =>
  getWithdrawals(authority).find((notice) => notice.slug === slug);

/** A past version in the language of the page being rendered. */
export const versionIn = (version: NoticeVersion, language = pageLanguage()): Notice =>
  noticeIn(version.notice, version.translations[language], language);

/** The past version of a notice that applied from `date`, with the readable version before it, if any. */
export function getNoticeVersion(notice: Pick<Notice, 'file'>, date: string) {
  const readable = getNoticeHistory(notice).versions.filter(isReadable);
  const index = readable.findIndex((version) => version.date === date);
  if (index < 0) return undefined;
  return { version: readable[index]!, previous: readable[index - 1] };
}

/** A change note's place, the same in every language: its date and its number among that date's notes. */
function placeOf(changes: Notice['changes'], index: number) {
  const { date } = changes[index]!;
  return `${date}/${changes.slice(0, index).filter((earlier) => earlier.date === date).length}`;
}

/**
 * The date of the past version in which the change note `changes[index]` of a notice (current or past, in
 * any language) first appeared: the state of the notice it announces. Undefined where it first appeared
 * in the current notice, or where that version cannot be shown.
 */
export function versionOfChange(notice: Pick<Notice, 'file' | 'changes'>, index: number): string | undefined {
  const place = placeOf(notice.changes, index);
  const has = ({ changes }: Notice) => changes.some((_change, own) => placeOf(changes, own) === place);
  // An unreadable version first: whether the note appeared there cannot be told.
  const first = getNoticeHistory(notice).versions.find(
    (version) => !isReadable(version) || has(version.notice),
  );
  return first && isReadable(first) ? first.date : undefined;
}

/**
 * Where a change of the change log leads: the past version it made, where it can be shown, else the
 * notice. The change's key ends with its number among its notice's changes of that date (changes.ts).
 */
export function changeLink(change: NoticeChange): string {
  const { slug } = change.authority;
  const notice = getSourceContent()
    .authorities.find((authority) => authority.slug === slug)
    ?.notices.find((candidate) => noticePath(slug, candidate.slug) === change.path);
  const sameDay = Number(change.key.slice(change.key.lastIndexOf('/') + 1)) - 1;
  const index = notice?.changes.findIndex(
    (own, at) => placeOf(notice.changes, at) === `${own.date}/${sameDay}` && own.date === change.date,
  );
  const version = notice && index !== undefined && index >= 0 ? versionOfChange(notice, index) : undefined;
  return version && notice ? versionPath(slug, notice.slug, version) : change.path;
}

/** A notice's versions as its change history links them; `shown` is the past version whose page it is. */
export const versionsOf = (notice: Pick<Notice, 'file' | 'changes'>, shown?: string) => ({
  history: getNoticeHistory(notice),
  versionOfChange: (index: number) => versionOfChange(notice, index),
  ...(shown && { shown }),
});

/** The parameters of every past version's page, the withdrawn notices' too. */
export const versionStaticParams = () =>
  staticParams((content) =>
    [
      ...content.authorities.flatMap((authority) =>
        authority.notices.map((notice) => ({ ...notice, authority: authority.slug })),
      ),
      ...getWithdrawals(),
    ].flatMap(({ authority, slug, file }) =>
      getNoticeHistory({ file })
        .versions.filter(isReadable)
        .map((version) => ({ authority, notice: slug, date: version.date })),
    ),
  );

/** The parameters of the withdrawn notices' old addresses, which say so and lead to their last version. */
export const withdrawnStaticParams = () =>
  staticParams(() => getWithdrawals().map(({ authority, slug }) => ({ authority, notice: slug })));
