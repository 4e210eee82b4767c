import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { PreviewNotice } from '@/components/preview/preview-notice';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { isPreview } from '@/config/environment';
import { plexSans } from '@/config/font';
import { site } from '@/config/site';
import { words } from '@/i18n';
import { getContentCheck } from '@/lib/content';

import '../styles/site.scss';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s – ${site.name}` },
  description: site.tagline,
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

interface RootLayoutProps {
  children: ReactNode;
}

export default function RootLayout({ children }: RootLayoutProps) {
  // The preview's line counting the problems; with no content at all, not-found.tsx lists them.
  const check = isPreview ? getContentCheck() : undefined;
  return (
    <html lang={site.language} className={plexSans.variable}>
      <head>
        {/* The whole site is the privacy policy; its front page is the entry point. */}
        <link rel="privacy-policy" href="/" />
      </head>
      <body>
        <a className="skipnav" href="#indhold">
          {words().layout.skipLink}
        </a>
        <SiteHeader />
        <main id="indhold" className="container" tabIndex={-1}>
          {check?.content && <PreviewNotice problems={check.problems} />}
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
