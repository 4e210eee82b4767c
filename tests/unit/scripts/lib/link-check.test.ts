import { describe, expect, it } from 'vitest';

import { brokenLinks, linksOf } from '../../../../scripts/lib/link-check';

const origin = 'https://persondata.example';
const page = (html: string) => linksOf(html);

describe('the link check over the built site', () => {
  const pages = new Map([
    [
      '/',
      page(
        '<a href="/oversigt#emner">x</a><a href="#top">top</a><h1 id="top">Forside</h1><a href="https://other.example/x">ude</a>',
      ),
    ],
    [
      '/oversigt',
      page(
        '<h2 id="emner">Emner</h2><a href="/data/v1/index.json">data</a><a href="https://persondata.example/">forside</a>',
      ),
    ],
  ]);

  it('accepts links to pages, anchors on them, files and other sites', () => {
    expect(brokenLinks({ pages, resources: new Set(['/data/v1/index.json']), origin })).toEqual([]);
  });

  it('reports a link to a page that does not exist', () => {
    const withBroken = new Map([...pages, ['/a', page('<a href="/findes-ikke">x</a>')]]);
    expect(brokenLinks({ pages: withBroken, resources: new Set(['/data/v1/index.json']), origin })).toEqual([
      '/a: /findes-ikke: no page or file at /findes-ikke',
    ]);
  });

  it('reports an anchor that no element on the target page has', () => {
    const withBroken = new Map([
      ...pages,
      ['/a', page('<a href="/oversigt#mangler">x</a><a href="#her">y</a>')],
    ]);
    expect(brokenLinks({ pages: withBroken, resources: new Set(['/data/v1/index.json']), origin })).toEqual([
      '/a: /oversigt#mangler: /oversigt has no element with id "mangler"',
      '/a: #her: /a has no element with id "her"',
    ]);
  });

  it('checks absolute links to the site itself and form actions', () => {
    const withBroken = new Map([
      ['/a', page('<a href="https://persondata.example/væk">x</a><form action="/soeg"></form>')],
    ]);
    expect(brokenLinks({ pages: withBroken, resources: new Set(), origin })).toEqual([
      '/a: https://persondata.example/væk: no page or file at /væk',
      '/a: /soeg: no page or file at /soeg',
    ]);
  });
});
