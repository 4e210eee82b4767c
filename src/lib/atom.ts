import { sourceLanguage } from '../config/languages';
import { localePath } from '../config/routes';
import { dictionaryOf } from '../i18n/dictionaries';
import type { NoticeChange } from './changes';
import { newestDate } from './dates';

interface AtomFeedInput {
  /**
   * The tag: URI prefix (RFC 4151) of every id in the feeds, chosen once (site.feedIdNamespace): ids made
   * from the site's address would change with it, and feed readers would show every entry again.
   */
  idNamespace: string;
  /** The address the site is published at. */
  siteUrl: string;
  /** The language of the feed: its words, and the pages its links lead to. */
  language: string;
  /** Path of the feed itself, in its language. */
  feedPath: string;
  /** Root address of the page the feed mirrors. */
  pagePath: string;
  title: string;
  author: string;
  changes: readonly NoticeChange[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A feed's id: its path in the fixed namespace. Paths begin with "/", change keys never do. */
export const feedId = (idNamespace: string, feedPath: string) => `${idNamespace}${feedPath}`;

/**
 * An entry's id: the change's key in the fixed namespace, with the language in front in every language but
 * the source language (whose ids came first and stay), since each language's entry is a text of its own.
 */
export const entryId = (idNamespace: string, change: Pick<NoticeChange, 'key'>, language: string) =>
  `${idNamespace}${language === sourceLanguage ? '' : `${language}:`}${change.key}`;

/** What an entry says on its own, as feed readers list it: when, whose notice, and the change note. */
export const entrySummary = (change: NoticeChange, language: string) =>
  `${dictionaryOf(language).formatDate(change.date)}, ${change.authority.name}, ${change.noticeTitle}: ${change.note}`;

/** An Atom 1.0 feed (RFC 4287) of notice changes, newest first, dated by its newest entry. */
export function atomFeed({
  idNamespace,
  siteUrl,
  language,
  feedPath,
  pagePath,
  title,
  author,
  changes,
}: AtomFeedInput): string {
  const absolute = (path: string) => escapeXml(new URL(path, siteUrl).href);
  // A feed without entries still needs an updated date; the epoch says "never changed".
  const updated = newestDate(changes.map((change) => change.instant)) ?? '1970-01-01T00:00:00Z';
  const entries = changes.map((change) =>
    [
      '  <entry>',
      `    <id>${escapeXml(entryId(idNamespace, change, language))}</id>`,
      `    <title>${escapeXml(`${change.noticeTitle} (${change.authority.name})`)}</title>`,
      `    <updated>${change.instant}</updated>`,
      `    <link rel="alternate" type="text/html" href="${absolute(localePath(language, change.path))}"/>`,
      `    <summary>${escapeXml(entrySummary(change, language))}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`,
    `  <id>${escapeXml(feedId(idNamespace, feedPath))}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${absolute(feedPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${absolute(localePath(language, pagePath))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
