import type { NextConfig } from 'next';
import { accessibilityStatementPath, site } from './src/config/site';

const nextConfig: NextConfig = {
  // No header advertising the framework to scanners.
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    return [{ source: accessibilityStatementPath, destination: site.accessibilityStatementUrl, permanent: false }];
  },
};

export default nextConfig;
