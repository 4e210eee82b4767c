import { versionPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { NoticeHistory } from '@/lib/content/notice-versions';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';
import { VersionList } from './version-list';

/** A notice's versions as its change history links them (site-content/versions.ts). */
export interface NoticeVersions {
  history: NoticeHistory;
  /** The date of the past version the change note `changes[index]` made, where it can be shown. */
  versionOfChange: (index: number) => string | undefined;
  /** On a past version's page: its date, which is then not linked. */
  shown?: string;
}

interface ChangeHistorySectionProps {
  heading: SectionHeading;
  notice: Notice;
  versions: NoticeVersions | undefined;
}

/**
 * The notice's public change history, newest first, each note linked to the version it made, the past
 * versions, and when it was last reviewed.
 */
export function ChangeHistorySection({
  heading,
  notice,
  versions: noticeVersions,
}: ChangeHistorySectionProps) {
  const { formatDate, notice: noticeWords, versions } = words();
  const newestFirst = notice.changes
    .map((change, index) => ({ change, version: noticeVersions?.versionOfChange(index) }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date));
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <ul className="change-list">
        {newestFirst.map(({ change, version }, index) => (
          <li key={index}>
            <time dateTime={change.date}>{formatDate(change.date)}</time>:{' '}
            <ContentText of={notice} field="changes">
              {change.note}
            </ContentText>
            {version && version !== noticeVersions?.shown && (
              <>
                {' '}
                (
                <a href={localized(versionPath(notice.authority, notice.slug, version))}>
                  {versions.changeVersion(formatDate(version))}
                </a>
                )
              </>
            )}
          </li>
        ))}
      </ul>
      {noticeVersions && (
        <VersionList
          authority={notice.authority}
          notice={notice.slug}
          history={noticeVersions.history}
          shown={noticeVersions.shown}
        />
      )}
      <p className="meta">{noticeWords.reviewed(formatDate(notice.lastReviewed))}</p>
    </section>
  );
}
