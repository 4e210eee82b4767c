import localFont from 'next/font/local';

/** IBM Plex Sans from DKFDS, Latin-1 subset, two weights; next/font preloads it and sizes the fallback to avoid layout shift. */
export const plexSans = localFont({
  src: [
    {
      path: '../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Latin1.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../../node_modules/dkfds/dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-SemiBold-Latin1.woff2',
      weight: '600',
      style: 'normal',
    },
  ],
  variable: '--font-plex-sans',
  display: 'swap',
  fallback: ['system-ui', 'Arial', 'sans-serif'],
});
