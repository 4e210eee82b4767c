import { notFound } from 'next/navigation';

import { site } from '@/config/site';
import { words } from '@/i18n';
import { atomFeed } from '@/lib/atom';
import { listChanges } from '@/lib/changes';
import { getAuthority, getContent, staticParams } from '@/lib/content';
import { authorityPath, changesPath, feedRoutes, fileNameOf } from '@/lib/routes';

export const dynamic = 'force-static';

interface FeedRouteContext {
  params: Promise<{ feed: string }>;
}

export function generateStaticParams() {
  return staticParams((content) => feedRoutes(content).map((route) => ({ feed: fileNameOf(route.path) })));
}

/** Atom feeds of notice changes: one for the whole site, one per authority. */
export async function GET(_request: Request, { params }: FeedRouteContext) {
  const { feed } = await params;
  const content = getContent();
  const route = feedRoutes(content).find((candidate) => fileNameOf(candidate.path) === feed);
  if (!route) notFound();
  const authority = route.authority === undefined ? undefined : getAuthority(route.authority);
  const xml = atomFeed({
    idNamespace: site.feedIdNamespace,
    siteUrl: site.url,
    feedPath: route.path,
    pagePath: authority ? authorityPath(authority.slug) : changesPath,
    title: `${authority ? words().changes.authorityTitle(authority.genitive) : words().changes.title} – ${site.name}`,
    author: site.publisher.name,
    changes: listChanges(content, authority?.slug),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
