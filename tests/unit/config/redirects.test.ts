import { describe, expect, it } from 'vitest';

import { nginxRedirectLocations, redirectOf, redirects } from '@/config/redirects';
import { localePath, requestRightPath } from '@/config/routes';

describe('the redirects', () => {
  it('send a request page’s old Danish address permanently to its Danish one, keeping the authority', () => {
    expect(redirectOf('/brug-dine-rettigheder/udlaendingestyrelsen/access')).toEqual({
      location: requestRightPath('udlaendingestyrelsen', 'access'),
      permanent: true,
    });
    expect(redirectOf('/brug-dine-rettigheder/siri/objection')?.location).toBe(
      '/brug-dine-rettigheder/siri/indsigelse',
    );
  });

  it('leave the English request addresses, the new Danish ones and longer paths alone', () => {
    for (const path of [
      localePath('en', requestRightPath('us', 'access')),
      requestRightPath('us', 'access'),
      '/brug-dine-rettigheder/us/access/mere',
      '/brug-dine-rettigheder/access',
    ])
      expect(redirectOf(path), path).toBeUndefined();
  });

  it('keep the short addresses temporary', () => {
    expect(redirectOf('/.well-known/privacy-policy')).toEqual({ location: '/', permanent: false });
  });

  it('lead to a different address each', () => {
    for (const redirect of redirects) expect(redirect.destination).not.toBe(redirect.source);
  });

  it('give nginx one location per moved address, with the segment carried over', () => {
    expect(nginxRedirectLocations().slice(0, 3)).toEqual([
      'location ~ ^/brug-dine-rettigheder/([^/]+)/access$ {',
      '    return 301 /brug-dine-rettigheder/$1/indsigt;',
      '}',
    ]);
  });
});
