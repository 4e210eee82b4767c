import { absoluteUrl } from '@/config/site';
import { localized, pageLanguage } from '@/i18n';
import type { PageDates } from '@/lib/page-dates';
import { webPageData } from '@/lib/structured-data';

import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { JsonLd } from './json-ld';
import { LanguageSwitch } from './language-switch';

interface PageTrailProps {
  /** The page's root address (src/config/routes.ts); shown in the page's language. */
  path: string;
  /** The pages above this one by their root addresses, front page first; empty on the front page, which shows no breadcrumbs. */
  trail: readonly Crumb[];
  current: string;
  description: string;
  /** The dates of the content the page shows; left out on pages without dated content. */
  dates: PageDates | undefined;
}

/**
 * Where the page sits: the way to the page in the other languages, visible breadcrumbs, and the same
 * trail with the page's dates as schema.org data.
 */
export function PageTrail({ path, trail, current, description, dates }: PageTrailProps) {
  const localTrail = trail.map((crumb) => ({ ...crumb, href: localized(crumb.href) }));
  const data = webPageData({
    url: absoluteUrl(localized(path)),
    name: current,
    description,
    dates,
    trail: [...localTrail, { label: current, href: localized(path) }].map((item) => ({
      label: item.label,
      href: absoluteUrl(item.href),
    })),
    language: pageLanguage(),
  });
  return (
    <>
      {/* One line above the title: the switch sits at the end of the breadcrumbs' line (_page-trail.scss). */}
      <div className="page-trail">
        <LanguageSwitch path={path} />
        {trail.length > 0 && <Breadcrumbs trail={localTrail} current={current} />}
      </div>
      <JsonLd data={data} />
    </>
  );
}
