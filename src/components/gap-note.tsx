import type { ReactNode } from 'react';

import { words } from '@/i18n';
import { gapReason, type ElementState } from '@/lib/gdpr/completeness';

interface GapNoteProps {
  /** The declared gap's own reason; left out where none is declared. */
  reason: string | undefined;
  /** What the reader can do instead, after the reason. */
  children?: ReactNode;
}

/** One line where a section lacks a fact: labelled in words, so it does not rely on colour or an icon. */
export function GapNote({ reason, children }: GapNoteProps) {
  return (
    <p className="gap-note">
      <strong>
        {words().gapNote.notPublished}
        {reason ? ':' : '.'}
      </strong>
      {reason && ` ${reason}`}
      {children && <> {children}</>}
    </p>
  );
}

interface StatedOrGapProps {
  state: ElementState;
  children: ReactNode;
}

/** The element as the notice states it, or else the note that it is not published, with the gap's reason. */
export function StatedOrGap({ state, children }: StatedOrGapProps) {
  if (state.kind === 'stated') return children;
  return <GapNote reason={gapReason(state)} />;
}
