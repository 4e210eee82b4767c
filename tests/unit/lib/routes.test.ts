import { describe, expect, it } from 'vitest';

import { pagePaths, purposePath, rightPath, routeCollisions, routeTable } from '@/lib/routes';

const authority = (slug: string) => ({
  slug,
  file: `content/authorities/${slug}.md`,
  purposes: [{ slug: 'video', file: `content/purposes/${slug}/video.md` }],
});
const agreement = { slug: 'carl-2', file: 'content/agreements/carl-2.md' };

describe('routes', () => {
  it('lists the fixed pages, every hub, every notice and every agreement', () => {
    expect(pagePaths({ authorities: [authority('us')], agreements: [agreement] })).toEqual([
      '/',
      '/oversigt',
      '/dine-rettigheder',
      '/klage-til-datatilsynet',
      '/aendringer',
      '/soeg',
      '/data-om-behandlinger',
      '/us',
      '/us/video',
      '/faelles-dataansvar/carl-2',
    ]);
  });

  it('lists the feeds and open data files, each authority’s with the authority it is for', () => {
    const files = routeTable({ authorities: [authority('us')], agreements: [] }).filter(
      (route) => route.kind !== 'page',
    );
    expect(files).toEqual([
      { kind: 'feed', path: '/aendringer/alle.xml' },
      {
        kind: 'feed',
        path: '/aendringer/us.xml',
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
    expect(purposePath('us', 'video')).toBe('/us/video');
    expect(rightPath('access')).toBe('/dine-rettigheder#access');
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
    ['the search index', 'pagefind', '/pagefind'],
    ['a redirect', 'was', '/was'],
    ['the 404 page', '404', '/404'],
  ])('reports an authority whose name takes the address of %s', (_what, slug, path) => {
    expect(routeCollisions({ authorities: [authority(slug)], agreements: [agreement] })).toEqual([
      { source: authority(slug).file, path },
    ]);
  });
});
