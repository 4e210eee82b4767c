import { accessibilityStatementPath, privacyPolicyWellKnownPath } from './routes';
import { site } from './site';

/**
 * Short addresses that lead elsewhere. `npm run serve` and `next dev` answer them from here; the nginx
 * configuration in deploy/nginx/ has the same ones (a test requests each from both).
 */
export const redirects = [
  { source: accessibilityStatementPath, destination: site.accessibilityStatementUrl },
  // The well-known address for a site's privacy policy; the whole site is one.
  { source: privacyPolicyWellKnownPath, destination: '/' },
] as const;
