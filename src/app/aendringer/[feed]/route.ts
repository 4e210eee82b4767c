import { absoluteUrl, site } from '@/config/site';
import { atomFeed } from '@/lib/atom';
import { listChanges } from '@/lib/changes';
import { getAuthority, getContent } from '@/lib/content';
import { authorityFeedPath, authorityPath, changesPath, fileNameOf, siteFeedPath } from '@/lib/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

interface FeedRouteContext {
  params: Promise<{ feed: string }>;
}

export function generateStaticParams() {
  return [
    siteFeedPath,
    ...getContent().authorities.map((authority) => authorityFeedPath(authority.slug)),
  ].map((path) => ({ feed: fileNameOf(path) }));
}

/** Atom feeds of notice changes: one for the whole site, one per authority. */
export async function GET(_request: Request, { params }: FeedRouteContext) {
  const { feed } = await params;
  const content = getContent();
  // Only the generated file names reach here: an authority's slug, or the site feed's name.
  const authority = getAuthority(feed.replace(/\.xml$/, ''));
  const selfPath = authority ? authorityFeedPath(authority.slug) : siteFeedPath;
  const xml = atomFeed({
    selfUrl: absoluteUrl(selfPath),
    pageUrl: absoluteUrl(authority ? authorityPath(authority.slug) : changesPath),
    siteUrl: site.url,
    tagAuthority: new URL(site.url).hostname,
    title: authority
      ? `Ændringer i ${authority.genitive} beskrivelser – ${site.name}`
      : `Ændringer i beskrivelserne – ${site.name}`,
    author: site.publisher.name,
    changes: listChanges(content, authority?.slug),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
