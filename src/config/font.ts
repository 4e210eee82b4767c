import localFont from 'next/font/local';

/**
 * IBM Plex Sans from DKFDS, Regular and SemiBold, cut down to the characters of Danish and English
 * (`npm run build:fonts`, scripts/lib/font-subset.ts); next/font preloads it and sizes the fallback to
 * avoid layout shift.
 */
export const plexSans = localFont({
  src: [
    { path: '../styles/fonts/ibm-plex-sans-regular-da-en.woff2', weight: '400', style: 'normal' },
    { path: '../styles/fonts/ibm-plex-sans-semibold-da-en.woff2', weight: '600', style: 'normal' },
  ],
  variable: '--font-plex-sans',
  display: 'swap',
  fallback: ['system-ui', 'Arial', 'sans-serif'],
});
