import { readdirSync } from 'node:fs';

import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';

import { buildFolders, siteUrlProblem } from './src/config/environment';
import { languages, sourceLanguage } from './src/config/languages';
import { redirects } from './src/config/redirects';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pages live under src/app/[lang]/; the publication moves the source language's to the root
 * (scripts/finish-publication.ts). The preview answers the same addresses: every address that is not
 * another language's, a framework or data address or a file of public/ is the source language's page.
 */
function sourceLanguageAtRoot() {
  const notPages = [
    ...languages.map((language) => language.code),
    '_next',
    '__nextjs',
    'admin',
    'data',
    'sitemap.xml',
    'robots.txt',
    'icon.svg',
    ...readdirSync('public'),
  ].map(escapeRegExp);
  return {
    beforeFiles: [
      { source: '/', destination: `/${sourceLanguage}` },
      {
        source: `/:path((?!(?:${notPages.join('|')})(?:/|$)).+)`,
        destination: `/${sourceLanguage}/:path`,
      },
    ],
    afterFiles: [],
    fallback: [],
  };
}

/**
 * One build: `next build` writes the static publication (out/), which `npm run serve`, nginx and the
 * tests all serve. `next dev` is the editors' preview; it also answers the redirects, which the
 * publication's web server answers in production (deploy/nginx/).
 */
export default function nextConfig(phase: string): NextConfig {
  const shared: NextConfig = {
    // No header advertising the framework to scanners.
    poweredByHeader: false,
    reactStrictMode: true,
    // The design system's SCSS is imported by package path (dkfds/dist/scss/…); its own deprecation warnings are not ours to fix.
    sassOptions: { loadPaths: ['node_modules'], quietDeps: true },
  };
  if (phase === PHASE_DEVELOPMENT_SERVER) {
    return {
      ...shared,
      // Pages and routes of the preview alone (the list of content problems, the web editor at /admin)
      // end in .dev.tsx or .dev.ts: a page in `next dev`, an ordinary module that makes no page in
      // `next build`, so the publication never has them.
      pageExtensions: ['tsx', 'ts', 'dev.tsx', 'dev.ts'],
      // No framework badge over the editor and the preview: it is English, takes the first Tab stops and
      // tells an editor of problems in code they cannot fix (a server error still shows its overlay).
      devIndicators: false,
      redirects: () => Promise.resolve([...redirects]),
      rewrites: () => Promise.resolve(sourceLanguageAtRoot()),
    };
  }
  // `npm run build` checks SITE_URL before anything else; this stops a bare `next build` too.
  const problem = phase === PHASE_PRODUCTION_BUILD ? siteUrlProblem() : undefined;
  if (problem) throw new Error(problem);
  return {
    ...shared,
    output: 'export',
    distDir: buildFolders.publication,
    // npm test type-checks the whole project once (npm run check:code). A second check here would also read
    // the route types a preview (`next dev`) leaves in .next/dev/types, which name its /admin pages, and
    // fail the build of a checkout where the preview ran before.
    typescript: { ignoreBuildErrors: true },
  };
}
