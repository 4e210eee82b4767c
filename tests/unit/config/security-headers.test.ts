import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { nginxHeaderFiles, securityHeaders } from '@/config/security-headers';

import { projectRoot } from '../helpers';

const header = (key: string, context: Parameters<typeof securityHeaders>[0]) =>
  securityHeaders(context).find((candidate) => candidate.key === key)?.value;
const policyOf = (path: string) => header('Content-Security-Policy', { path, https: true })!;

describe('the security headers', () => {
  it('allow no inline script and no eval', () => {
    for (const path of ['/', '/soeg']) {
      const policy = policyOf(path);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).toContain("form-action 'self'");
    }
  });

  it('allow WebAssembly on the search page and in Pagefind’s worker only', () => {
    expect(policyOf('/soeg')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policyOf('/pagefind/pagefind-worker.js')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    for (const path of [
      '/',
      '/oversigt',
      '/udlaendingestyrelsen',
      '/soeg/',
      '/soeg.js',
      '/brug-dine-rettigheder/udlaendingestyrelsen/indsigt',
      '/anmodning.js',
      '/pagefind/pagefind.js',
      '/404',
    ])
      expect(policyOf(path), path).not.toContain('wasm-unsafe-eval');
  });

  it('send HSTS over HTTPS only', () => {
    expect(header('Strict-Transport-Security', { path: '/', https: true })).toBe(
      'max-age=63072000; includeSubDomains',
    );
    expect(header('Strict-Transport-Security', { path: '/', https: false })).toBeUndefined();
  });

  it('let any site read the feeds and open data, and no page', () => {
    for (const path of [
      '/data/v1/index.json',
      '/data/v1/schema.json',
      '/data/v1/x.jsonld',
      '/aendringer/alle.xml',
    ])
      expect(header('Access-Control-Allow-Origin', { path, https: true }), path).toBe('*');
    for (const path of ['/', '/aendringer', '/data-om-behandlinger', '/404'])
      expect(header('Access-Control-Allow-Origin', { path, https: true }), path).toBeUndefined();
  });
});

describe('the nginx header files', () => {
  const files = nginxHeaderFiles();

  for (const [name, text] of Object.entries(files)) {
    it(`deploy/nginx/${name} is generated from the one source (run npm run build:nginx after a change)`, () => {
      const committed = readFileSync(path.join(projectRoot, 'deploy/nginx', name), 'utf8');
      expect(committed).toBe(text);
    });
  }

  it('leave HSTS to a variable that only HTTPS connections set', () => {
    expect(files['security-headers.conf']).toContain(
      'add_header Strict-Transport-Security $persondata_hsts always;',
    );
    expect(files['strict-transport-security.conf']).toContain(
      'map $https $persondata_hsts {\n    on "max-age=63072000; includeSubDomains";\n    default "";\n}',
    );
  });

  it('give the search page, and the feeds and open data, headers of their own', () => {
    expect(files['security-headers.conf']).not.toContain('wasm-unsafe-eval');
    expect(files['security-headers.conf']).not.toContain('Access-Control-Allow-Origin');
    expect(files['security-headers-search.conf']).toContain("'wasm-unsafe-eval'");
    expect(files['security-headers-open-data.conf']).toContain(
      'add_header Access-Control-Allow-Origin "*" always;',
    );
  });

  it('are each included by the shipped configuration', () => {
    const conf = readFileSync(path.join(projectRoot, 'deploy/nginx/persondata.conf'), 'utf8');
    for (const name of Object.keys(files))
      expect(conf, name).toContain(`include /etc/nginx/persondata/${name};`);
  });
});
