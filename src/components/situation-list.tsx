import type { SituationEntry } from '@/lib/situations';

import { NoticeEntry } from './notice-link';

interface SituationListProps {
  situations: readonly SituationEntry[];
  /** The situations' `lang` where their titles are still Danish on a page in another language. */
  lang: string | undefined;
}

/**
 * The readers' situations, each folding out the notices that apply (DKFDS details: no JavaScript needed,
 * and print shows them unfolded).
 */
export function SituationList({ situations, lang }: SituationListProps) {
  return (
    <ul className="unstyled-list situation-list">
      {situations.map((situation) => (
        <li key={situation.title}>
          <details className="details">
            <summary className="details-summary" lang={lang}>
              {situation.title}
            </summary>
            <ul className="details-text">
              {situation.entries.map(({ notice, authorityName }) => (
                <li key={`${notice.authority}/${notice.slug}`}>
                  <NoticeEntry notice={notice} authorityName={authorityName} />
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
