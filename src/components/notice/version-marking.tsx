import { noticePath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { NoticeVersion } from '@/lib/content/notice-versions';
import { versionSectionIds } from '@/lib/section-ids';

import { Alert } from '../alert';

interface VersionMarkingProps {
  authority: string;
  notice: string;
  version: Pick<NoticeVersion, 'date' | 'until'>;
}

/** The top of a past version's page: which version it is, that it no longer applies, and the way on. */
export function VersionMarking({ authority, notice, version }: VersionMarkingProps) {
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
        {w.versions.noLongerApplies(
          <a href={localized(noticePath(authority, notice))}>{w.versions.readCurrent}</a>,
        )}{' '}
        {w.versions.inForce(date(version.date), version.until && date(version.until))}
      </p>
      <p className="alert-text">
        <a href={`#${versionSectionIds.comparison}`}>{w.versions.seeWhatChanged}</a>
      </p>
    </Alert>
  );
}
