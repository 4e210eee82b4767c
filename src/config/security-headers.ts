import { languages, sourceLanguage } from './languages';
import { nginxRedirectLocations } from './redirects';
import { isOpenDataPath, localePath, notFoundPathFor, openDataIndexPath, searchPath } from './routes';

/**
 * The publication's security headers, from one place: the nginx includes in deploy/nginx/ (generated
 * from this file by `npm run build:nginx`, kept in step by a unit test) send them from nginx, and
 * `npm run serve` sends them too.
 */

/** What a response's headers depend on: the address it answers, and whether it travels over HTTPS. */
export interface HeaderContext {
  path: string;
  https: boolean;
}

/**
 * Where WebAssembly may run: Pagefind's search engine is WebAssembly, run by the search page and by
 * Pagefind's web worker, which is governed by the policy of its own script's response.
 */
export const webAssemblyPaths = [
  ...languages.map(({ code }) => localePath(code, searchPath)),
  '/pagefind/pagefind-worker.js',
];

function contentSecurityPolicy(path: string): string {
  return [
    "default-src 'self'",
    // Only the search page runs a script at all.
    webAssemblyPaths.includes(path) ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Browser features the site never uses, all denied. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

// Browsers ignore HSTS received over plain HTTP, and RFC 6797 (7.2) says not to send it there.
const strictTransportSecurity = {
  key: 'Strict-Transport-Security',
  value: 'max-age=63072000; includeSubDomains',
};

export function securityHeaders({ path, https }: HeaderContext): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(path) },
    ...(https ? [strictTransportSecurity] : []),
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'Permissions-Policy', value: deniedFeatures.map((feature) => `${feature}=()`).join(', ') },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // Open data and feeds are for anyone's software, including scripts on other sites.
    ...(isOpenDataPath(path) ? [{ key: 'Access-Control-Allow-Origin', value: '*' }] : []),
  ];
}

const generatedNotice =
  '# Generated from src/config/security-headers.ts by `npm run build:nginx`; do not edit by hand.';
/** The nginx variable that holds the HSTS header over HTTPS and nothing over HTTP. */
const hstsVariable = '$persondata_hsts';

/** An include for the server and location blocks that answer `path`: its headers, HSTS by connection. */
function nginxInclude(path: string, answers: string): string {
  const lines = securityHeaders({ path, https: true }).map(
    ({ key, value }) =>
      `add_header ${key} ${key === strictTransportSecurity.key ? hstsVariable : `"${value}"`} always;`,
  );
  return [
    generatedNotice,
    `# The headers of ${answers}.`,
    '# nginx drops inherited add_header lines in a location that sets its own, so every such location',
    '# includes this file.',
    ...lines,
    '',
  ].join('\n');
}

/**
 * The files `npm run build:nginx` writes to deploy/nginx/, by name. persondata.conf includes the map at
 * http level and each header file in the locations that answer its addresses.
 */
export function nginxHeaderFiles(): Record<string, string> {
  return {
    'security-headers.conf': nginxInclude('/', 'every response but those of the other header files'),
    'security-headers-search.conf': nginxInclude(
      searchPath,
      `what runs WebAssembly (${webAssemblyPaths.join(', ')})`,
    ),
    'security-headers-open-data.conf': nginxInclude(openDataIndexPath, 'the feeds and open data'),
    'languages.conf': [
      generatedNotice,
      "# At http level: the 404 page in the language of the address (src/config/routes.ts's notFoundPathFor).",
      'map $uri $persondata_not_found {',
      ...languages
        .filter(({ code }) => code !== sourceLanguage)
        .map(({ code }) => `    ~^/${code}(/|$) ${notFoundPathFor(`/${code}/`)}.html;`),
      `    default ${notFoundPathFor('/')}.html;`,
      '}',
      '',
    ].join('\n'),
    'redirects.conf': [
      '# Generated from src/config/redirects.ts by `npm run build:nginx`; do not edit by hand.',
      '# In the server block, before the other locations: addresses that have moved.',
      ...nginxRedirectLocations(),
      '',
    ].join('\n'),
    'strict-transport-security.conf': [
      generatedNotice,
      '# At http level: HSTS over HTTPS; nothing over plain HTTP, where nginx then leaves the header out.',
      `map $https ${hstsVariable} {`,
      `    on "${strictTransportSecurity.value}";`,
      '    default "";',
      '}',
      '',
    ].join('\n'),
  };
}
