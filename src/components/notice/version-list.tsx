import { versionPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { isReadable, type NoticeHistory } from '@/lib/content/notice-versions';

interface VersionListProps {
  authority: string;
  notice: string;
  history: NoticeHistory;
  /** The version whose page this is, not linked; absent on the current notice's page. */
  shown?: string;
}

/** A notice's past versions, each with the time it applied, linked where it can be shown. */
export function VersionList({ authority, notice, history, shown }: VersionListProps) {
  const w = words();
  if (history.versions.length === 0) return null;
  const date = (iso: string) => <time dateTime={iso}>{w.formatDate(iso)}</time>;
  return (
    <>
      <h3>{w.versions.listHeading}</h3>
      <ul className="change-list version-list">
        {[...history.versions].reverse().map((version) => (
          <li key={version.date}>
            {isReadable(version) && version.date !== shown ? (
              <a href={localized(versionPath(authority, notice, version.date))}>
                {w.versions.versionOf(w.formatDate(version.date))}
              </a>
            ) : (
              w.versions.versionOf(w.formatDate(version.date))
            )}
            {isReadable(version)
              ? version.until && w.versions.until(date(version.until))
              : w.versions.unreadable}
          </li>
        ))}
      </ul>
      {history.currentSince && <p className="meta">{w.versions.currentSince(date(history.currentSince))}</p>}
      {history.withdrawn && <p className="meta">{w.versions.withdrawnOn(date(history.withdrawn))}</p>}
    </>
  );
}
