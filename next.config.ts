import type { NextConfig } from 'next';

import { redirects } from './src/config/redirects';
import { securityHeaders } from './src/config/security-headers';

/** `npm run build:static` sets this to build the static publication (out/) instead of the server build. */
const staticExport = process.env.PERSONDATA_STATIC_EXPORT === '1';
/** Where `npm run build` puts the server build that `next start` serves. */
export const serverBuildDir = '.next-server';

const nextConfig: NextConfig = {
  // No header advertising the framework to scanners.
  poweredByHeader: false,
  reactStrictMode: true,
  // The design system's SCSS is imported by package path (dkfds/dist/scss/…); its own deprecation warnings are not ours to fix.
  sassOptions: { loadPaths: ['node_modules'], quietDeps: true },
  ...(staticExport
    ? // The publication's redirects and headers come from the web server (deploy/nginx/).
      { output: 'export', distDir: process.env.PERSONDATA_OUT_DIR ?? 'out' }
    : {
        // Not .next: the static export always builds in .next, and must not overwrite the server build.
        distDir: serverBuildDir,
        redirects: () => Promise.resolve(redirects.map((redirect) => ({ ...redirect, permanent: false }))),
        headers: () =>
          // The development server evaluates code for hot reloading, which the policy forbids.
          Promise.resolve(
            process.env.NODE_ENV === 'production'
              ? [{ source: '/:path*', headers: securityHeaders('server') }]
              : [],
          ),
      }),
};

export default nextConfig;
