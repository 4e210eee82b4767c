import { notFound } from 'next/navigation';

import { authorityPath, changesPath, feedRoutes, fileNameOf } from '@/config/routes';
import { site } from '@/config/site';
import { dictionaryOf } from '@/i18n';
import { atomFeed } from '@/lib/atom';
import { listChanges } from '@/lib/changes';
import { getSourceContent, staticParams } from '@/lib/site-content';
import { contentIn } from '@/lib/site-content/localize';
import { changeLink } from '@/lib/site-content/versions';

export const dynamic = 'force-static';

interface FeedRouteContext {
  params: Promise<{ lang: string; feed: string }>;
}

// A route handler gets no parameters from the layout above it, so it lists both of its own.
export function generateStaticParams() {
  return staticParams((content) =>
    feedRoutes(content).map((route) => ({ lang: route.language, feed: fileNameOf(route.path) })),
  );
}

/**
 * Atom feeds of notice changes in each language: one for the whole site, one per authority. A route
 * handler renders no page, so it takes its language from its parameter, not from the page's language.
 */
export async function GET(_request: Request, { params }: FeedRouteContext) {
  const { lang, feed } = await params;
  const content = contentIn(getSourceContent(), lang);
  const route = feedRoutes(content).find(
    (candidate) => candidate.language === lang && fileNameOf(candidate.path) === feed,
  );
  if (!route) notFound();
  const authority = content.authorities.find((candidate) => candidate.slug === route.authority);
  const w = dictionaryOf(lang);
  const xml = atomFeed({
    idNamespace: site.feedIdNamespace,
    siteUrl: site.url,
    language: lang,
    feedPath: route.path,
    pagePath: authority ? authorityPath(authority.slug) : changesPath,
    title: `${authority ? w.changes.authorityTitle(authority.nameForms) : w.changes.title} – ${site.name}`,
    author: site.publisher.name,
    // Each entry leads to the version of the notice it announces.
    changes: listChanges(content, authority?.slug).map((change) => ({ ...change, path: changeLink(change) })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
