import type { Metadata } from 'next';

import { languages, sourceLanguage } from '../config/languages';
import { localePath } from '../config/routes';
import { site } from '../config/site';
import { localized, words } from '../i18n';

interface PageMetadataInput {
  /** The page's root address (src/config/routes.ts); the metadata gives it in the page's language. */
  path: string;
  /** The page's own title; the layout appends the site name. Omitted on the front page, which gets `frontPageTitle`. */
  title?: string;
  description: string;
  /** An Atom feed that follows the page's changes (by its root address), announced to feed readers. */
  feed?: { path: string; title: string };
}

/** The front page's title says what the site is and whose it is; "Persondata" alone says neither. */
export const frontPageTitle = () => `${site.name} – ${words().layout.tagline}`;

/**
 * The addresses of a page in every language, for `hreflang`: each language's twin, and the source
 * language's as the default for readers whose language the site does not speak.
 */
export const languageAlternates = (path: string): Record<string, string> => ({
  ...Object.fromEntries(languages.map(({ code }) => [code, localePath(code, path)])),
  'x-default': localePath(sourceLanguage, path),
});

/**
 * Title, description, canonical address, its twins in the other languages and Open Graph basics of a
 * page in the language being rendered, from one place.
 */
export function pageMetadata({ path, title, description, feed }: PageMetadataInput): Metadata {
  const url = localized(path);
  return {
    title: title ?? { absolute: frontPageTitle() },
    description,
    alternates: {
      canonical: url,
      languages: languageAlternates(path),
      ...(feed && {
        types: { 'application/atom+xml': [{ url: localized(feed.path), title: feed.title }] },
      }),
    },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: words().locale.replace('-', '_'),
      url,
      title: title ?? frontPageTitle(),
      description,
    },
  };
}
