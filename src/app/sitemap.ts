import type { MetadataRoute } from 'next';

import { pageRoutes } from '@/config/routes';
import { absoluteUrl } from '@/config/site';
import { pageDates } from '@/lib/page-dates';
import { languageAlternates } from '@/lib/page-metadata';
import { getSourceContent } from '@/lib/site-content';

export const dynamic = 'force-static';

/**
 * Every page in every language, each with its twins in the other languages (hreflang) and the date of
 * its newest content change where it has one (never the build time).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const content = getSourceContent();
  const dates = pageDates(content);
  return pageRoutes(content).map(({ path, sourcePath }) => {
    const modified = dates.get(sourcePath)?.modified;
    const languages = Object.fromEntries(
      Object.entries(languageAlternates(sourcePath)).map(([code, twin]) => [code, absoluteUrl(twin)]),
    );
    return {
      url: absoluteUrl(path),
      alternates: { languages },
      ...(modified && { lastModified: modified }),
    };
  });
}
