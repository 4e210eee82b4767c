import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { nginxSecurityHeaders, securityHeaders } from '@/config/security-headers';

import { projectRoot } from '../helpers';

describe('the security headers', () => {
  it('deploy/nginx/security-headers.conf is generated from the one source (run npm run build:nginx after a change)', () => {
    const committed = readFileSync(path.join(projectRoot, 'deploy/nginx/security-headers.conf'), 'utf8');
    expect(committed).toBe(nginxSecurityHeaders());
  });

  it('allow no inline script and no eval', () => {
    const policy = securityHeaders().find((header) => header.key === 'Content-Security-Policy')!.value;
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
  });
});
