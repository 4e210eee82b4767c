import type { Metadata } from 'next';

import { site } from '../config/site';

interface PageMetadataInput {
  path: string;
  /** The page's own title; the layout appends the site name. Omitted on the front page, which gets `frontPageTitle`. */
  title?: string;
  description: string;
  /** An Atom feed that follows the page's changes, announced to feed readers. */
  feed?: { path: string; title: string };
}

/** The front page's title says what the site is and whose it is; "Persondata" alone says neither. */
export const frontPageTitle = `${site.name} – ${site.tagline}`;

/** Title, description, canonical address and Open Graph basics of a page, from one place. */
export function pageMetadata({ path, title, description, feed }: PageMetadataInput): Metadata {
  return {
    title: title ?? { absolute: frontPageTitle },
    description,
    alternates: {
      canonical: path,
      ...(feed && { types: { 'application/atom+xml': [{ url: feed.path, title: feed.title }] } }),
    },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: 'da_DK',
      url: path,
      title: title ?? frontPageTitle,
      description,
    },
  };
}
