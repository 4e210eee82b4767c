import { notFound } from 'next/navigation';

import { dataRoutes, fileNameOf, openDataPath } from '@/config/routes';
import { absoluteUrl, site } from '@/config/site';
import { isReadable } from '@/lib/content/notice-versions';
import { authorityExport, openDataIndex } from '@/lib/open-data/export';
import { authorityJsonLd } from '@/lib/open-data/json-ld';
import { openDataJsonSchema } from '@/lib/open-data/schema';
import { getAuthority, getContent, staticParams } from '@/lib/site-content';
import { getNoticeHistory, getWithdrawals } from '@/lib/site-content/versions';

export const dynamic = 'force-static';

interface OpenDataRouteContext {
  params: Promise<{ file: string }>;
}

export function generateStaticParams() {
  return staticParams((content) => dataRoutes(content).map((route) => ({ file: fileNameOf(route.path) })));
}

const json = (data: unknown, type: string) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });

/** The open data files: the index, the JSON Schema, and per authority a JSON document and its JSON-LD twin. */
export async function GET(_request: Request, { params }: OpenDataRouteContext) {
  const { file } = await params;
  const content = getContent();
  const route = dataRoutes(content).find((candidate) => fileNameOf(candidate.path) === file);
  if (!route) notFound();
  if (route.format === 'index')
    return json(openDataIndex(content, site.url, site.publisher.name), 'application/json');
  if (route.format === 'schema')
    return json(openDataJsonSchema(absoluteUrl(route.path)), 'application/schema+json');
  const readableVersions = (notice: { file: string }) => getNoticeHistory(notice).versions.filter(isReadable);
  const authority = getAuthority(route.authority!)!;
  const data = authorityExport(
    authority,
    content,
    site.url,
    readableVersions,
    // Open data is in Danish: the last version's Danish title.
    getWithdrawals(authority.slug).map((withdrawal) => ({
      slug: withdrawal.slug,
      title: withdrawal.last.notice.title,
      withdrawn: withdrawal.date,
      versions: readableVersions(withdrawal),
    })),
  );
  return route.format === 'jsonld'
    ? json(
        authorityJsonLd(data, absoluteUrl(route.path), absoluteUrl(`${openDataPath}#`)),
        'application/ld+json',
      )
    : json(data, 'application/json');
}
