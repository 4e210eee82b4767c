import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { sharedPages, site } from '@/config/site';
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
        <footer className="site-footer">
          <div className="container">
            <nav aria-label="Genveje">
              <ul>
                <li>
                  <a href="/">Alle myndigheder</a>
                </li>
                {sharedPages.map((sharedPage) => (
                  <li key={sharedPage.href}>
                    <a href={sharedPage.href}>{sharedPage.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <p>Siden sætter ingen cookies.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
