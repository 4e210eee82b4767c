import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { ProblemsBanner } from '@/components/preview/problems-banner';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { isPreview } from '@/config/environment';
import { plexSans } from '@/config/font';
import { languages } from '@/config/languages';
import { site } from '@/config/site';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { getContentCheck } from '@/lib/site-content';

import '@/styles/site.scss';

interface RootLayoutProps {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}

/** One tree of pages per language: the source language's published at the root, the others under their code. */
export function generateStaticParams() {
  return languages.map((language) => ({ lang: language.code }));
}

export async function generateMetadata({ params }: RootLayoutProps): Promise<Metadata> {
  await setPageLanguageFrom(params);
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s – ${site.name}` },
    description: words().layout.tagline,
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children, params }: RootLayoutProps) {
  const language = await setPageLanguageFrom(params);
  const { dir } = languages.find((candidate) => candidate.code === language)!;
  // The preview's line counting the problems; with no content at all, not-found.tsx lists them.
  const check = isPreview ? getContentCheck() : undefined;
  return (
    <html lang={language} dir={dir} className={plexSans.variable}>
      <head>
        {/* The whole site is the privacy policy; its front page is the entry point. */}
        <link rel="privacy-policy" href={localized('/')} />
      </head>
      <body>
        <a className="skipnav" href="#indhold">
          {words().layout.skipLink}
        </a>
        <SiteHeader />
        <main id="indhold" className="container" tabIndex={-1}>
          {check?.content && <ProblemsBanner problems={check.problems} />}
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
