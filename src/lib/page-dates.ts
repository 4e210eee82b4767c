import {
  authorityChangesPath,
  authorityPath,
  changesPath,
  noticePath,
  openDataPath,
  overviewPath,
  requestPath,
  requestRightPath,
  searchPath,
} from '../config/routes';
import type { NoticeData } from './content/schema';
import { newestDate } from './dates';
import { lastUpdated } from './gdpr/review';

export interface PageDates {
  /** The newest change of the content the page shows. */
  modified: string;
  /** When the notice was last reviewed (notices only). */
  reviewed?: string;
}

/**
 * The content dates of each page that has them, by path: a notice's newest change, a hub's newest notice,
 * and for the pages listing every notice the newest of all. Pages without dated content are left out,
 * so no page claims the build time as its date.
 */
interface DateSource {
  authorities: readonly {
    slug: string;
    notices: readonly (Pick<NoticeData, 'changes' | 'lastReviewed'> & { slug: string })[];
    requestableRights?: readonly string[];
  }[];
}

export function pageDates({ authorities }: DateSource): Map<string, PageDates> {
  const dates = new Map<string, PageDates>();
  const all: string[] = [];
  for (const authority of authorities) {
    const ofAuthority = authority.notices.map((notice) => {
      const modified = lastUpdated(notice);
      dates.set(noticePath(authority.slug, notice.slug), { modified, reviewed: notice.lastReviewed });
      return modified;
    });
    const newest = newestDate(ofAuthority);
    // The hub, its change log and the request pages show what the authority's notices say.
    const pagesOfNotices = [
      authorityPath(authority.slug),
      authorityChangesPath(authority.slug),
      requestPath(authority.slug),
      ...(authority.requestableRights ?? []).map((right) => requestRightPath(authority.slug, right)),
    ];
    if (newest) for (const path of pagesOfNotices) dates.set(path, { modified: newest });
    all.push(...ofAuthority);
  }
  const newest = newestDate(all);
  if (newest)
    for (const path of ['/', overviewPath, changesPath, searchPath, openDataPath])
      dates.set(path, { modified: newest });
  return dates;
}
