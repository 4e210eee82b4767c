import { words } from '@/i18n';
import { authorityElementState } from '@/lib/gdpr/completeness';
import { hostOf } from '@/lib/labels';
import { authoritySectionIds, gapSummaryId } from '@/lib/section-ids';
import type { Authority } from '@/lib/site-content';

import { Alert } from '../alert';
import { contactTitle } from '../authority-page-sections';
import type { UnpublishedElement } from './notice-page-sections';

interface GapSummaryProps {
  authority: Authority;
  /** What the notice does not publish, in page order. */
  gaps: readonly UnpublishedElement[];
}

/** Where to ask about what is not published: the DPO, or what the authority does publish when the DPO's contact is a gap too. */
function WhereToAsk({ authority }: { authority: Authority }) {
  const w = words().notice;
  if (authorityElementState(authority, 'dpoContact').kind === 'stated')
    return (
      <p className="alert-text">
        {w.askDpo(<a href={`#${authoritySectionIds.dpo}`}>{w.dpoOf(authority.genitive)}</a>)}
      </p>
    );
  return (
    <p className="alert-text">
      {w.dpoNotPublished(
        authority.genitive,
        authority.name,
        <a href={authority.website}>{hostOf(authority.website)}</a>,
        authorityElementState(authority, 'controllerContact').kind === 'stated' &&
          w.orAsDescribedUnder(<a href={`#${authoritySectionIds.contact}`}>{contactTitle(authority)}</a>),
      )}
    </p>
  );
}

/** One summary near the top of a notice of what it does not publish, and where to ask; nothing when it publishes everything. */
export function GapSummary({ authority, gaps }: GapSummaryProps) {
  if (gaps.length === 0) return null;
  const w = words();
  const elements = w.list(gaps).map((part) =>
    typeof part === 'string' ? (
      part
    ) : (
      <a key={part.element} href={`#${part.sectionId}`}>
        {w.noticeElements[part.element]}
      </a>
    ),
  );
  return (
    <Alert kind="info" heading={{ id: gapSummaryId, title: w.notice.gapSummary }} className="gap-summary">
      <p className="alert-text">{w.notice.gapSummaryList(authority.name, elements)}</p>
      <WhereToAsk authority={authority} />
    </Alert>
  );
}
