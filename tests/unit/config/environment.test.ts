import { afterEach, describe, expect, it, vi } from 'vitest';

import { siteUrlProblem } from '@/config/environment';

describe('the address a build publishes at (SITE_URL)', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('must be set, and the message says what to set', () => {
    // As a build without it sees it, whatever the shell running the tests has set.
    vi.stubEnv('SITE_URL', undefined);
    expect(siteUrlProblem()).toBe(
      'SITE_URL is not set. Set it to the address the site will be published at, e.g. SITE_URL=https://persondata.example.dk npm run build.',
    );
    expect(siteUrlProblem('')).toBe(siteUrlProblem());
  });

  it('must be an http or https address at the root of its host', () => {
    expect(siteUrlProblem('persondata.example.dk')).toMatch(
      /^SITE_URL "persondata.example.dk" is not an http/,
    );
    expect(siteUrlProblem('ftp://persondata.example.dk')).toMatch(/is not an http or https address/);
    expect(siteUrlProblem('https://example.dk/persondata')).toMatch(/has a path/);
    expect(siteUrlProblem('https://example.dk/?preview')).toMatch(/has a path/);
  });

  it('accepts an origin, with or without a trailing slash', () => {
    expect(siteUrlProblem('https://persondata.example.dk')).toBeUndefined();
    expect(siteUrlProblem('https://persondata.example.dk/')).toBeUndefined();
    expect(siteUrlProblem('http://localhost:3000')).toBeUndefined();
  });
});
