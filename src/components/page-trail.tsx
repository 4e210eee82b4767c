import { absoluteUrl, site } from '@/config/site';
import type { PageDates } from '@/lib/page-dates';
import { webPageData } from '@/lib/structured-data';

import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { JsonLd } from './json-ld';

interface PageTrailProps {
  path: string;
  /** The pages above this one, front page first; empty on the front page, which shows no breadcrumbs. */
  trail: readonly Crumb[];
  current: string;
  description: string;
  /** The dates of the content the page shows; left out on pages without dated content. */
  dates: PageDates | undefined;
}

/** Where the page sits: visible breadcrumbs, and the same trail with the page's dates as schema.org data. */
export function PageTrail({ path, trail, current, description, dates }: PageTrailProps) {
  const data = webPageData({
    url: absoluteUrl(path),
    name: current,
    description,
    dates,
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
