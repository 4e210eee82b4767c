import type { ReactNode } from 'react';

import { words } from '@/i18n';

/** Lists longer than this fold into a details element, so the rest of the notice stays in reach. */
export const longListThreshold = 8;

interface LongListProps {
  count: number;
  /** What is listed, in the plural ("modtagere"), for the summary "Vis alle 12 modtagere". */
  noun: string;
  children: ReactNode;
}

/** A list that folds into DKFDS details when long; it works without JavaScript and prints unfolded. */
export function LongList({ count, noun, children }: LongListProps) {
  if (count <= longListThreshold) return children;
  return (
    <details className="details">
      <summary className="details-summary">{words().showAll(count, noun)}</summary>
      <div className="details-text">{children}</div>
    </details>
  );
}
