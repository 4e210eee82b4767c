import { sourceLanguage } from './languages';
import {
  accessibilityStatementPath,
  privacyPolicyWellKnownPath,
  requestPath,
  requestRightPath,
  rightSegment,
  sourceRightSegments,
} from './routes';
import { site } from './site';

/**
 * An address that leads elsewhere. A `:name` in the source stands for one path segment, which the
 * destination takes over (the notation of Next.js's redirects).
 */
export interface Redirect {
  source: string;
  destination: string;
  /** Permanent (301; 308 in `next dev`) for an address that has moved; temporary (307) otherwise. */
  permanent: boolean;
}

/**
 * The Danish request addresses as they were before the rights had Danish names (…/access, now
 * …/indsigt), for links and bookmarks made then. The English addresses keep the rights' ids.
 */
const movedRequestAddresses: Redirect[] = Object.keys(sourceRightSegments)
  .filter((right) => rightSegment(sourceLanguage, right) !== right)
  .map((right) => ({
    source: `${requestPath(':authority')}/${right}`,
    destination: requestRightPath(':authority', right),
    permanent: true,
  }));

/**
 * The addresses that lead elsewhere. `npm run serve` and `next dev` answer them from here; the nginx
 * configuration in deploy/nginx/ has the same ones (the moved addresses in a file generated from this
 * table); a test requests each from both.
 */
export const redirects: readonly Redirect[] = [
  { source: accessibilityStatementPath, destination: site.accessibilityStatementUrl, permanent: false },
  // The well-known address for a site's privacy policy; the whole site is one.
  { source: privacyPolicyWellKnownPath, destination: '/', permanent: false },
  ...movedRequestAddresses,
];

const parameter = /:([a-z]+)/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A redirect's source as a regular expression over a path, each `:name` one segment captured. */
export const sourcePattern = ({ source }: Redirect) =>
  new RegExp(
    `^${source
      .split(parameter)
      .map((part, index) => (index % 2 ? '([^/]+)' : escapeRegExp(part)))
      .join('')}$`,
  );

/** Where a path is redirected to, if anywhere: the destination with the source's segments put in. */
export function redirectOf(path: string): { location: string; permanent: boolean } | undefined {
  for (const redirect of redirects) {
    const match = sourcePattern(redirect).exec(path);
    if (!match) continue;
    const values = new Map(
      [...redirect.source.matchAll(parameter)].map((found, index) => [found[1], match[index + 1]]),
    );
    const location = redirect.destination.replace(parameter, (_whole, name: string) => values.get(name)!);
    return { location, permanent: redirect.permanent };
  }
  return undefined;
}

/** The redirects with parameters, as nginx locations (deploy/nginx/redirects.conf, `npm run build:nginx`). */
export function nginxRedirectLocations(): string[] {
  return redirects
    .filter((redirect) => redirect.source.includes('/:'))
    .flatMap((redirect) => {
      let group = 0;
      const destination = redirect.destination.replace(parameter, () => `$${++group}`);
      return [
        `location ~ ${sourcePattern(redirect).source.replaceAll('\\/', '/')} {`,
        `    return ${redirect.permanent ? 301 : 307} ${destination};`,
        '}',
      ];
    });
}
