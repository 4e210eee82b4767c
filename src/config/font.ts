import localFont from 'next/font/local';

/**
 * IBM Plex Sans from DKFDS, two weights, as IBM publishes the whole font; next/font preloads it and
 * sizes the fallback to avoid layout shift. Both weights are on every page's first screen (the
 * heading and the text), so both are preloaded. The build cuts each to the characters the
 * publication shows (scripts/lib/font-subset.ts); the development server sends the whole font.
 */
export const plexSans = localFont({
  src: [
    {
      path: '../../node_modules/dkfds/dist/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../../node_modules/dkfds/dist/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-SemiBold.woff2',
      weight: '600',
      style: 'normal',
    },
  ],
  variable: '--font-plex-sans',
  display: 'swap',
  fallback: ['system-ui', 'Arial', 'sans-serif'],
});
