/**
 * The publication's security headers, from one place: deploy/nginx/security-headers.conf (generated
 * from this file by `npm run build:nginx`, kept in step by a unit test) sends them from nginx, and
 * `npm run serve` sends them too.
 */

function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    // The publication runs only /soeg.js and Pagefind, whose search engine is WebAssembly.
    "script-src 'self' 'wasm-unsafe-eval'",
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

export function securityHeaders(): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'Permissions-Policy', value: deniedFeatures.map((feature) => `${feature}=()`).join(', ') },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/** The publication's headers as an nginx include (deploy/nginx/security-headers.conf). */
export function nginxSecurityHeaders(): string {
  const lines = securityHeaders().map(({ key, value }) => `add_header ${key} "${value}" always;`);
  return [
    '# Generated from src/config/security-headers.ts by `npm run build:nginx`; do not edit by hand.',
    '# nginx drops inherited add_header lines in a location that sets its own, so every location includes this file.',
    ...lines,
    '',
  ].join('\n');
}
