import { describe, expect, it } from 'vitest';

import {
  localePath,
  notFoundPathFor,
  noticePath,
  pagePaths,
  pageRoutes,
  requestPath,
  requestRightPath,
  rightOfSegment,
  rightPath,
  rightSegment,
  routeCollisions,
  routeTable,
  slugPattern,
  sourceRightSegments,
} from '@/config/routes';
import { rightIds } from '@/lib/content/schema';

const authority = (slug: string) => ({
  slug,
  file: `content/authorities/${slug}.md`,
  notices: [{ slug: 'video', file: `content/purposes/${slug}/video.md` }],
  requestableRights: ['access', 'objection'],
});
const agreement = { slug: 'carl-2', file: 'content/agreements/carl-2.md' };

describe('routes', () => {
  it('lists the fixed pages, every hub, every notice and every agreement, in every language', () => {
    const danish = [
      '/',
      '/oversigt',
      '/dine-rettigheder',
      '/klage-til-datatilsynet',
      '/aendringer',
      '/soeg',
      '/data-om-behandlinger',
      '/us',
      '/us/video',
      '/brug-dine-rettigheder/us',
      '/brug-dine-rettigheder/us/indsigt',
      '/brug-dine-rettigheder/us/indsigelse',
      '/aendringer/myndighed/us',
      '/faelles-dataansvar/carl-2',
    ];
    const english = [
      '/en',
      ...danish
        .slice(1)
        .map((path) => `/en${path.replace('/indsigt', '/access').replace('/indsigelse', '/objection')}`),
    ];
    expect(pagePaths({ authorities: [authority('us')], agreements: [agreement] })).toEqual([
      ...danish,
      ...english,
    ]);
  });

  it('gives each language’s page the root address of its twin', () => {
    const twins = pageRoutes({ authorities: [authority('us')], agreements: [] })
      .filter((route) => route.sourcePath === '/us/video')
      .map(({ language, path }) => ({ language, path }));
    expect(twins).toEqual([
      { language: 'da', path: '/us/video' },
      { language: 'en', path: '/en/us/video' },
    ]);
  });

  it('takes a third language, also one written right to left, from the list of languages alone', () => {
    const arabic = routeTable({ authorities: [authority('us')], agreements: [] }, ['da', 'en', 'ar']).filter(
      (route) => route.kind !== 'data' && route.language === 'ar',
    );
    expect(arabic.map((route) => route.path)).toEqual([
      '/ar',
      '/ar/oversigt',
      '/ar/dine-rettigheder',
      '/ar/klage-til-datatilsynet',
      '/ar/aendringer',
      '/ar/soeg',
      '/ar/data-om-behandlinger',
      '/ar/us',
      '/ar/us/video',
      '/ar/brug-dine-rettigheder/us',
      '/ar/brug-dine-rettigheder/us/access',
      '/ar/brug-dine-rettigheder/us/objection',
      '/ar/aendringer/myndighed/us',
      '/ar/aendringer/alle.xml',
      '/ar/aendringer/us.xml',
    ]);
    expect(localePath('ar', '/us/video')).toBe('/ar/us/video');
  });

  it('puts a page under the language’s code, and leaves files, data, fragments and other sites alone', () => {
    expect(localePath('da', '/oversigt')).toBe('/oversigt');
    expect(localePath('en', '/oversigt')).toBe('/en/oversigt');
    expect(localePath('en', '/')).toBe('/en');
    expect(localePath('en', '/dine-rettigheder#indsigt')).toBe('/en/dine-rettigheder#indsigt');
    expect(localePath('en', '/data/v1/index.json')).toBe('/data/v1/index.json');
    expect(localePath('en', '/was')).toBe('/was');
    expect(localePath('en', '/licenser.txt')).toBe('/licenser.txt');
    expect(localePath('en', '#indhold')).toBe('#indhold');
    expect(localePath('en', 'https://www.nyidanmark.dk/')).toBe('https://www.nyidanmark.dk/');
  });

  it('finds the 404 page in the language of an address', () => {
    expect(notFoundPathFor('/findes-ikke')).toBe('/404');
    expect(notFoundPathFor('/en/findes-ikke')).toBe('/en/404');
    expect(notFoundPathFor('/en')).toBe('/en/404');
    expect(notFoundPathFor('/english')).toBe('/404');
  });

  it('lists the feeds and open data files, each authority’s with the authority it is for', () => {
    const files = routeTable({ authorities: [authority('us')], agreements: [] }).filter(
      (route) => route.kind !== 'page' && (route.kind === 'data' || route.language === 'da'),
    );
    expect(files).toEqual([
      { kind: 'feed', path: '/aendringer/alle.xml', language: 'da', sourcePath: '/aendringer/alle.xml' },
      {
        kind: 'feed',
        path: '/aendringer/us.xml',
        language: 'da',
        sourcePath: '/aendringer/us.xml',
        authority: 'us',
        source: authority('us').file,
        family: authority('us').file,
      },
      { kind: 'data', path: '/data/v1/index.json', format: 'index' },
      { kind: 'data', path: '/data/v1/schema.json', format: 'schema' },
      {
        kind: 'data',
        path: '/data/v1/us.json',
        format: 'json',
        authority: 'us',
        source: authority('us').file,
        family: authority('us').file,
      },
      {
        kind: 'data',
        path: '/data/v1/us.jsonld',
        format: 'jsonld',
        authority: 'us',
        source: authority('us').file,
        family: authority('us').file,
      },
    ]);
  });

  it('builds notice and right addresses', () => {
    expect(noticePath('us', 'video')).toBe('/us/video');
    expect(rightPath('access')).toBe('/dine-rettigheder#access');
  });

  it('builds the request addresses, and keeps the request script the same in every language', () => {
    expect(requestPath('us')).toBe('/brug-dine-rettigheder/us');
    expect(localePath('en', '/anmodning.js')).toBe('/anmodning.js');
  });

  it('words a right’s request address in Danish at the root and by the right’s id in English', () => {
    expect(requestRightPath('us', 'access')).toBe('/brug-dine-rettigheder/us/indsigt');
    expect(localePath('da', requestRightPath('us', 'restriction'))).toBe(
      '/brug-dine-rettigheder/us/begraensning',
    );
    expect(localePath('en', requestRightPath('us', 'access'))).toBe('/en/brug-dine-rettigheder/us/access');
    expect(localePath('en', `${requestRightPath('us', 'erasure')}#frist`)).toBe(
      '/en/brug-dine-rettigheder/us/erasure#frist',
    );
    expect(
      ['access', 'rectification', 'erasure', 'restriction', 'objection'].map((right) =>
        rightSegment('da', right),
      ),
    ).toEqual(['indsigt', 'berigtigelse', 'sletning', 'begraensning', 'indsigelse']);
  });

  it('finds the right of an address segment in its language only', () => {
    expect(rightOfSegment('da', 'sletning')).toBe('erasure');
    expect(rightOfSegment('en', 'erasure')).toBe('erasure');
    expect(rightOfSegment('da', 'erasure')).toBeUndefined();
    expect(rightOfSegment('en', 'sletning')).toBeUndefined();
  });

  it('has a Danish address segment, a slug, for every right of the content schema, each its own', () => {
    const segments = rightIds.map((right) => rightSegment('da', right));
    for (const segment of segments) expect(segment).toMatch(slugPattern);
    expect(Object.keys(sourceRightSegments)).toEqual([...rightIds]);
    expect(new Set(segments).size).toBe(rightIds.length);
  });

  it('leaves an address under the requests folder that is no right’s as it is', () => {
    expect(localePath('en', '/brug-dine-rettigheder/us')).toBe('/en/brug-dine-rettigheder/us');
    expect(localePath('en', '/brug-dine-rettigheder/us/andet')).toBe('/en/brug-dine-rettigheder/us/andet');
  });

  it('lists no request page for a right when only the files are known', () => {
    const files = { ...authority('us'), requestableRights: undefined };
    expect(pagePaths({ authorities: [files], agreements: [] })).toContain('/brug-dine-rettigheder/us');
    expect(pagePaths({ authorities: [files], agreements: [] })).not.toContain(
      '/brug-dine-rettigheder/us/access',
    );
  });

  it('finds no collision among ordinary names', () => {
    expect(
      routeCollisions({ authorities: [authority('us'), authority('siri')], agreements: [agreement] }),
    ).toEqual([]);
  });

  it.each([
    ['a fixed page', 'oversigt', '/oversigt'],
    ['the site feed', 'alle', '/aendringer/alle.xml'],
    ['the front page’s own file name', 'index', '/index'],
    ['the open data schema', 'schema', '/data/v1/schema.json'],
    ['the folder of the open data', 'data', '/data'],
    ['the folder of the agreements', 'faelles-dataansvar', '/faelles-dataansvar'],
    ['the folder of the requests', 'brug-dine-rettigheder', '/brug-dine-rettigheder'],
    ['the search index', 'pagefind', '/pagefind'],
    ['a redirect', 'was', '/was'],
    ['the 404 page', '404', '/404'],
    ['the English front page', 'en', '/en'],
  ])('reports an authority whose name takes the address of %s', (_what, slug, path) => {
    expect(routeCollisions({ authorities: [authority(slug)], agreements: [agreement] })).toEqual([
      { source: authority(slug).file, path },
    ]);
  });
});
