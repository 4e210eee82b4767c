import { absoluteUrl, site } from '@/config/site';
import { getContent, type Content } from '@/lib/content';
import { pageDates, type PageDates } from '@/lib/page-dates';
import { webPageData } from '@/lib/structured-data';

import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { JsonLd } from './json-ld';

// Worked out once per loaded content, not once per page of the build.
const datesOfContent = new WeakMap<Content, Map<string, PageDates>>();
function datesOf(content: Content): Map<string, PageDates> {
  if (!datesOfContent.has(content)) datesOfContent.set(content, pageDates(content));
  return datesOfContent.get(content)!;
}

interface PageTrailProps {
  path: string;
  /** The pages above this one, front page first; empty on the front page, which shows no breadcrumbs. */
  trail: readonly Crumb[];
  current: string;
  description: string;
}

/** Where the page sits: visible breadcrumbs, and the same trail with the page's dates as schema.org data. */
export function PageTrail({ path, trail, current, description }: PageTrailProps) {
  const data = webPageData({
    url: absoluteUrl(path),
    name: current,
    description,
    dates: datesOf(getContent()).get(path),
    trail: [...trail, { label: current, href: path }].map((item) => ({
      label: item.label,
      href: absoluteUrl(item.href),
    })),
    language: site.language,
  });
  return (
    <>
      {trail.length > 0 && <Breadcrumbs trail={trail} current={current} />}
      <JsonLd data={data} />
    </>
  );
}
