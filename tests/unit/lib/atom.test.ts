import { describe, expect, it } from 'vitest';

import { atomFeed } from '@/lib/atom';
import { listChanges } from '@/lib/changes';

import { contentWithChanges as content } from './content-with-changes';

describe('the Atom feed', () => {
  const xml = atomFeed({
    selfUrl: 'https://persondata.example/aendringer/b.xml',
    pageUrl: 'https://persondata.example/b',
    siteUrl: 'https://persondata.example',
    tagAuthority: 'persondata.example',
    title: 'Ændringer',
    author: 'Ministeriet',
    changes: listChanges(content, 'b'),
  });

  it('has the feed elements RFC 4287 requires, with the newest change as its date', () => {
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">');
    expect(xml).toContain('<id>https://persondata.example/aendringer/b.xml</id>');
    expect(xml).toContain('<updated>2026-02-01T00:00:00Z</updated>');
    expect(xml).toContain('<author><name>Ministeriet</name></author>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://persondata.example/aendringer/b.xml"/>',
    );
  });

  it('gives each entry a stable tag: id, the notice link and the escaped note', () => {
    expect(xml).toContain('<id>tag:persondata.example,2026-02-01:b/z/2026-02-01/1</id>');
    expect(xml).toContain('<title>Formål z (Myndighed B &amp; co)</title>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://persondata.example/b/z"/>');
    expect(xml).toContain('<summary>Modtagere &lt;tilføjet&gt;</summary>');
  });
});
