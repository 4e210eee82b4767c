import type { NoticeChange } from './changes';

interface AtomFeedInput {
  /** Absolute address of the feed itself; also its id, so the id never changes while the address stays. */
  selfUrl: string;
  /** Absolute address of the page the feed mirrors. */
  pageUrl: string;
  /** Absolute base for the notices' addresses. */
  siteUrl: string;
  /** Host part of the tag: URIs that identify entries (RFC 4151). */
  tagAuthority: string;
  title: string;
  author: string;
  changes: readonly NoticeChange[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const atomDate = (isoDate: string) => `${isoDate}T00:00:00Z`;

/** An Atom 1.0 feed (RFC 4287) of notice changes, newest first. Entry ids are tag: URIs made from the change's key. */
export function atomFeed({
  selfUrl,
  pageUrl,
  siteUrl,
  tagAuthority,
  title,
  author,
  changes,
}: AtomFeedInput): string {
  // A feed without entries still needs an updated date; the epoch says "never changed".
  const updated = atomDate(changes[0]?.date ?? '1970-01-01');
  const entries = changes.map((change) => {
    const url = new URL(change.path, siteUrl).href;
    return [
      '  <entry>',
      `    <id>tag:${tagAuthority},${change.date}:${escapeXml(change.key)}</id>`,
      `    <title>${escapeXml(`${change.purposeTitle} (${change.authority.name})`)}</title>`,
      `    <updated>${atomDate(change.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <summary>${escapeXml(change.note)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    `  <id>${escapeXml(selfUrl)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
