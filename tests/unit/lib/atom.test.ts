import { describe, expect, it } from 'vitest';

import { site } from '@/config/site';
import { atomFeed, entryId, entrySummary, feedId } from '@/lib/atom';
import { changeInstants, listChanges } from '@/lib/changes';

import { loadRealContent } from '../helpers';

const notice = (slug: string, changes: { date: string; note: string }[]) => ({
  slug,
  title: `Formål ${slug}`,
  changes,
});

const content = {
  authorities: [
    {
      slug: 'a',
      name: 'Myndighed A',
      notices: [
        notice('x', [
          { date: '2026-03-01', note: 'Offentliggjort' },
          { date: '2026-03-01', note: 'Retsgrundlag præciseret' },
        ]),
        notice('y', [{ date: '2026-03-01', note: 'Offentliggjort' }]),
      ],
    },
    {
      slug: 'b',
      name: 'Myndighed B & co',
      notices: [notice('z', [{ date: '2026-02-01', note: 'Modtagere <tilføjet>' }])],
    },
  ],
};

const namespace = 'tag:persondata.example,2026:';
const feedOf = (siteUrl: string, authority?: string) =>
  atomFeed({
    idNamespace: namespace,
    siteUrl,
    language: 'da',
    feedPath: `/aendringer/${authority ?? 'alle'}.xml`,
    pagePath: authority ? `/${authority}` : '/aendringer',
    title: 'Ændringer',
    author: 'Ministeriet',
    changes: listChanges(content, authority),
  });
const ids = (xml: string) => [...xml.matchAll(/<id>([^<]*)<\/id>/g)].map(([, id]) => id);
const updatedOf = (xml: string) => [...xml.matchAll(/<updated>([^<]*)<\/updated>/g)].map(([, at]) => at!);

describe('the Atom feeds', () => {
  it('have the feed elements RFC 4287 requires', () => {
    const xml = feedOf('https://persondata.example', 'b');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">');
    expect(xml).toContain('<author><name>Ministeriet</name></author>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://persondata.example/aendringer/b.xml"/>',
    );
    expect(xml).toContain('<title>Formål z (Myndighed B &amp; co)</title>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://persondata.example/b/z"/>');
  });

  it('keep every feed and entry id when the site moves to another address', () => {
    const before = feedOf('http://localhost:3000');
    const after = feedOf('https://persondata.example.dk');
    expect(ids(after)).toEqual(ids(before));
    expect(ids(after)).toEqual([
      'tag:persondata.example,2026:/aendringer/alle.xml',
      'tag:persondata.example,2026:a/x/2026-03-01/1',
      'tag:persondata.example,2026:a/x/2026-03-01/2',
      'tag:persondata.example,2026:a/y/2026-03-01/1',
      'tag:persondata.example,2026:b/z/2026-02-01/1',
    ]);
    expect(after).toContain('href="https://persondata.example.dk/a/x"');
  });

  it('make ids from the namespace configured once for the site', () => {
    expect(site.feedIdNamespace).toMatch(/^tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:$/);
    expect(feedId(site.feedIdNamespace, '/aendringer/alle.xml')).toBe(
      `${site.feedIdNamespace}/aendringer/alle.xml`,
    );
    expect(entryId(site.feedIdNamespace, { key: 'a/x/2026-03-01/1' }, 'da')).toBe(
      `${site.feedIdNamespace}a/x/2026-03-01/1`,
    );
    // Another language's entry is another text: its own id, the Danish ids unchanged.
    expect(entryId(site.feedIdNamespace, { key: 'a/x/2026-03-01/1' }, 'en')).toBe(
      `${site.feedIdNamespace}en:a/x/2026-03-01/1`,
    );
  });

  it('give each entry a summary of its own: date, authority, notice and the change note, escaped', () => {
    const xml = feedOf('https://persondata.example');
    expect(xml).toContain(
      '<summary>1. februar 2026, Myndighed B &amp; co, Formål z: Modtagere &lt;tilføjet&gt;</summary>',
    );
    expect(xml).toContain('<summary>1. marts 2026, Myndighed A, Formål y: Offentliggjort</summary>');
    expect(xml).toContain('<summary>1. marts 2026, Myndighed A, Formål x: Offentliggjort</summary>');
  });

  it('date the feed by its newest entry, never by the time of the build', () => {
    const [feedUpdated, ...entries] = updatedOf(feedOf('https://persondata.example'));
    expect(feedUpdated).toBe(entries.reduce((newest, at) => (at > newest ? at : newest)));
    expect(feedUpdated).toMatch(/^2026-03-01T\d{2}:\d{2}:\d{2}Z$/);
    expect(updatedOf(feedOf('https://persondata.example', 'b'))[0]).toMatch(/^2026-02-01T/);
  });
});

describe('the moments of changes', () => {
  it('give changes of the same day distinct times in its first hour, the same in every feed and build', () => {
    const all = listChanges(content);
    const instants = all.map((change) => change.instant);
    expect(new Set(instants).size).toBe(instants.length);
    // In the date's first hour, so a change published that same day is never dated ahead of time.
    for (const change of all)
      expect(change.instant).toMatch(new RegExp(`^${change.date}T00:[0-5]\\d:[0-5]\\dZ$`));
    expect(listChanges(content, 'a').map((change) => change.instant)).toEqual(instants.slice(0, 3));
    expect(listChanges(content).map((change) => change.instant)).toEqual(instants);
  });

  it('keep the time of a change when other changes are added', () => {
    const before = listChanges(content);
    const grown = {
      authorities: [
        ...content.authorities,
        { slug: 'c', name: 'Myndighed C', notices: [notice('w', [{ date: '2026-03-01', note: 'Ny' }])] },
      ],
    };
    const after = new Map(listChanges(grown).map((change) => [change.key, change.instant]));
    for (const change of before) expect(after.get(change.key), change.key).toBe(change.instant);
  });

  it('move a change to the next free second when two keys of one date derive the same second', () => {
    // Enough keys on one date that two of them derive the same second (the birthday bound is ~350).
    const changes = Array.from({ length: 2000 }, (_, index) => ({ key: `k${index}`, date: '2026-03-01' }));
    const instants = [...changeInstants(changes).values()];
    expect(new Set(instants).size).toBe(changes.length);
  });

  it('give every change of the real content its own time and summary', () => {
    const real = loadRealContent();
    const changes = listChanges(real);
    expect(new Set(changes.map((change) => change.instant)).size).toBe(changes.length);
    expect(new Set(changes.map((change) => entrySummary(change, 'da'))).size).toBe(changes.length);
  });
});
