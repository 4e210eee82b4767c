import type { Authority } from '@/lib/content';
import { authorityElementState } from '@/lib/gdpr/completeness';
import { hostOf, noticeElementLabels, withListSeparators } from '@/lib/labels';
import { authoritySectionIds, gapSummaryId } from '@/lib/section-ids';

import { Alert } from '../alert';
import { contactTitle } from '../authority-page-sections';
import type { UnpublishedElement } from './notice-page-sections';

interface GapSummaryProps {
  authority: Authority;
  /** What the notice does not publish, in page order. */
  gaps: readonly UnpublishedElement[];
}

const gapSummaryHeading = {
  id: gapSummaryId,
  title: 'Oplysninger, der ikke er offentliggjort',
};

/** Where to ask about what is not published: the DPO, or what the authority does publish when the DPO's contact is a gap too. */
function WhereToAsk({ authority }: { authority: Authority }) {
  if (authorityElementState(authority, 'dpoContact').kind === 'stated')
    return (
      <p className="alert-text">
        Vil du vide mere, kan du spørge{' '}
        <a href={`#${authoritySectionIds.dpo}`}>{authority.genitive} databeskyttelsesrådgiver</a>.
      </p>
    );
  return (
    <p className="alert-text">
      Kontaktoplysningerne til {authority.genitive} databeskyttelsesrådgiver er heller ikke offentliggjort
      her. Vil du vide mere, så kontakt {authority.name} via{' '}
      <a href={authority.website}>{hostOf(authority.website)}</a>
      {authorityElementState(authority, 'controllerContact').kind === 'stated' && (
        <>
          {' '}
          eller som beskrevet under <a href={`#${authoritySectionIds.contact}`}>{contactTitle(authority)}</a>
        </>
      )}
      .
    </p>
  );
}

/** One summary near the top of a notice of what it does not publish, and where to ask; nothing when it publishes everything. */
export function GapSummary({ authority, gaps }: GapSummaryProps) {
  if (gaps.length === 0) return null;
  return (
    <Alert kind="info" heading={gapSummaryHeading} className="gap-summary">
      <p className="alert-text">
        {authority.name} har ikke offentliggjort:{' '}
        {withListSeparators(gaps).map((part) =>
          typeof part === 'string' ? (
            part
          ) : (
            <a key={part.element} href={`#${part.sectionId}`}>
              {noticeElementLabels[part.element]}
            </a>
          ),
        )}
        .
      </p>
      <WhereToAsk authority={authority} />
    </Alert>
  );
}
