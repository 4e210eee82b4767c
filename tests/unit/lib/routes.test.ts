import { describe, expect, it } from 'vitest';

import { listRoutes, purposePath, rightPath } from '@/lib/routes';

describe('routes', () => {
  it('lists the fixed pages, every hub, every notice and every agreement', () => {
    const routes = listRoutes({
      authorities: [{ slug: 'us', purposes: [{ slug: 'video' }] }],
      agreements: [{ slug: 'carl-2' }],
    });
    expect(routes).toEqual([
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

  it('builds notice and right addresses', () => {
    expect(purposePath('us', 'video')).toBe('/us/video');
    expect(rightPath('access')).toBe('/dine-rettigheder#access');
  });
});
