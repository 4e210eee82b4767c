import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // No header advertising the framework to scanners.
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
