import { site } from '@/config/site';
import { getContent } from '@/lib/content';
import { pageDates } from '@/lib/page-dates';
import { webPageData } from '@/lib/structured-data';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { JsonLd } from './json-ld';

interface PageTrailProps {
  path: string;
  /** The pages above this one, front page first; empty on the front page, which shows no breadcrumbs. */
  trail: readonly Crumb[];
  current: string;
  description: string;
}

/** Where the page sits: visible breadcrumbs, and the same trail with the page's dates as schema.org data. */
export function PageTrail({ path, trail, current, description }: PageTrailProps) {
  const absolute = (href: string) => new URL(href, site.url).href;
  const data = webPageData({
    url: absolute(path),
    name: current,
    description,
    dates: pageDates(getContent()).get(path),
    trail: [...trail, { label: current, href: path }].map((item) => ({ label: item.label, href: absolute(item.href) })),
    language: site.language,
  });
  return (
    <>
      {trail.length > 0 && <Breadcrumbs trail={trail} current={current} />}
      <JsonLd data={data} />
    </>
  );
}
