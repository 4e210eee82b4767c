import type { NextConfig } from 'next';
import { accessibilityStatementPath, site } from './src/config/site';

const nextConfig: NextConfig = {
  // No header advertising the framework to scanners.
  poweredByHeader: false,
  reactStrictMode: true,
  // The design system's SCSS is imported by package path (dkfds/dist/scss/…); its own deprecation warnings are not ours to fix.
  sassOptions: { loadPaths: ['node_modules'], quietDeps: true },
  async redirects() {
    return [
      { source: accessibilityStatementPath, destination: site.accessibilityStatementUrl, permanent: false },
      // The well-known address for a site's privacy policy (W3C "change password"-style convention).
      { source: '/.well-known/privacy-policy', destination: '/', permanent: false },
    ];
  },
};

export default nextConfig;
