import type { MetadataRoute } from 'next';

import { absoluteUrl } from '@/config/site';
import { getContent } from '@/lib/content';
import { pageDates } from '@/lib/page-dates';
import { pagePaths } from '@/lib/routes';

export const dynamic = 'force-static';

/** Every page, with the date of its newest content change where it has one (never the build time). */
export default function sitemap(): MetadataRoute.Sitemap {
  const content = getContent();
  const dates = pageDates(content);
  return pagePaths(content).map((path) => {
    const modified = dates.get(path)?.modified;
    return { url: absoluteUrl(path), ...(modified && { lastModified: modified }) };
  });
}
