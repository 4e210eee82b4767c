import type { Metadata } from 'next';

import { NotFoundContent } from '@/components/not-found-content';
import { words } from '@/i18n';
import { setPageLanguageFrom, type LanguageParams } from '@/i18n/route-language';

/**
 * The not-found page as a file of its own in every language (404.html, en/404.html), which the web
 * server answers for an address it does not have (deploy/nginx/).
 */
export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  await setPageLanguageFrom(params);
  return { title: words().notFound.title, robots: { index: false } };
}

export default async function NotFoundPage({ params }: LanguageParams) {
  await setPageLanguageFrom(params);
  return <NotFoundContent />;
}
