import { absoluteUrl, site } from '@/config/site';
import { getAuthority, getContent } from '@/lib/content';
import { authorityExport, openDataIndex } from '@/lib/open-data/export';
import { authorityJsonLd } from '@/lib/open-data/json-ld';
import { openDataJsonSchema } from '@/lib/open-data/schema';
import {
  fileNameOf,
  openDataIndexPath,
  openDataLdPathOf,
  openDataPathOf,
  openDataSchemaPath,
} from '@/lib/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

interface OpenDataRouteContext {
  params: Promise<{ file: string }>;
}

export function generateStaticParams() {
  const perAuthority = getContent().authorities.flatMap((authority) => [
    openDataPathOf(authority.slug),
    openDataLdPathOf(authority.slug),
  ]);
  return [openDataIndexPath, openDataSchemaPath, ...perAuthority].map((path) => ({ file: fileNameOf(path) }));
}

const json = (data: unknown, type: string) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });

/** The open data files: the index, the JSON Schema, and per authority a JSON document and its JSON-LD twin. */
export async function GET(_request: Request, { params }: OpenDataRouteContext) {
  const { file } = await params;
  const content = getContent();
  if (file === fileNameOf(openDataIndexPath))
    return json(openDataIndex(content, site.url, site.publisher.name), 'application/json');
  if (file === fileNameOf(openDataSchemaPath))
    return json(openDataJsonSchema(absoluteUrl(openDataSchemaPath)), 'application/schema+json');
  // Only the generated names reach here: "<authority>.json" or "<authority>.jsonld".
  const [slug, extension] = file.split('.') as [string, string];
  const authority = getAuthority(slug)!;
  const data = authorityExport(authority, content, site.url);
  return extension === 'jsonld'
    ? json(authorityJsonLd(data, absoluteUrl(openDataLdPathOf(slug))), 'application/ld+json')
    : json(data, 'application/json');
}
