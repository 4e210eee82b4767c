import { authorityPath, noticePath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { NoticeVersion } from '@/lib/content/notice-versions';
import { versionSectionIds } from '@/lib/section-ids';
import type { Authority } from '@/lib/site-content';

import { Alert } from '../alert';

interface VersionMarkingProps {
  authority: Pick<Authority, 'slug' | 'nameForms'>;
  notice: string;
  version: Pick<NoticeVersion, 'date' | 'until'>;
  /** The date the notice was withdrawn, where it was: there is no current version to lead to. */
  withdrawn?: string;
  /** Whether the page compares the version with another one. */
  compared: boolean;
}

/** The top of a past version's page: which version it is, that it no longer applies, and the way on. */
export function VersionMarking({ authority, notice, version, withdrawn, compared }: VersionMarkingProps) {
  const w = words();
  const date = (iso: string) => <time dateTime={iso}>{w.formatDate(iso)}</time>;
  return (
    <Alert
      kind="info"
      heading={{
        id: versionSectionIds.marking,
        title: w.versions.markingHeading(w.formatDate(version.date)),
      }}
    >
      <p className="alert-text">
        {withdrawn
          ? w.versions.withdrawnOn(date(withdrawn))
          : w.versions.noLongerApplies(
              <a href={localized(noticePath(authority.slug, notice))}>{w.versions.readCurrent}</a>,
            )}{' '}
        {w.versions.inForce(date(version.date), version.until && date(version.until))}
      </p>
      {withdrawn && (
        <p className="alert-text">
          <a href={localized(authorityPath(authority.slug))}>
            {w.versions.authorityNotices(authority.nameForms)}
          </a>
        </p>
      )}
      {compared && (
        <p className="alert-text">
          <a href={`#${versionSectionIds.comparison}`}>{w.versions.seeWhatChanged}</a>
        </p>
      )}
    </Alert>
  );
}
