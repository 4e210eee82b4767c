import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { site } from '@/config/site';
import './globals.css';

export const metadata: Metadata = {
  title: { default: site.name, template: `%s – ${site.name}` },
  description: site.tagline,
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

interface RootLayoutProps {
  children: ReactNode;
}

export default function RootLayout({ children }: RootLayoutProps) {
  return (
    <html lang={site.language}>
      <body>
        <a className="skip-link" href="#indhold">
          Gå til indhold
        </a>
        <header className="site-header">
          <div className="container">
            <a className="site-name" href="/">
              {site.name}
            </a>
            <span className="site-tagline">{site.tagline}</span>
          </div>
        </header>
        <main id="indhold" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
