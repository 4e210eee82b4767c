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

  it('allow no inline script in the publication and no eval anywhere', () => {
    const policy = (mode: 'server' | 'publication') =>
      securityHeaders(mode).find((header) => header.key === 'Content-Security-Policy')!.value;
    expect(policy('publication')).not.toContain('unsafe-inline');
    for (const mode of ['server', 'publication'] as const) {
      expect(policy(mode)).not.toContain("'unsafe-eval'");
      expect(policy(mode)).toContain("frame-ancestors 'none'");
      expect(policy(mode)).toContain("base-uri 'self'");
      expect(policy(mode)).toContain("form-action 'self'");
    }
  });
});
