import { accessibilityStatementPath, site } from './site';

/**
 * Short addresses that lead elsewhere. next.config.ts serves them from `next start`; the nginx
 * configuration in deploy/nginx/ has the same ones (a test requests each from both).
 */
export const redirects = [
  { source: accessibilityStatementPath, destination: site.accessibilityStatementUrl },
  // The well-known address for a site's privacy policy; the whole site is one.
  { source: '/.well-known/privacy-policy', destination: '/' },
] as const;
