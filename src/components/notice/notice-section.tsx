import type { ReactNode } from 'react';

import type { ElementState } from '@/lib/gdpr/completeness';

import { Heading } from '../heading';
import { NotStated } from '../not-stated';

interface NoticeSectionProps {
  id: string;
  title: string;
  /** What the notice says about the element; anything but stated is said openly. */
  state: ElementState;
  level?: 2 | 3;
  children?: ReactNode;
}

/** One element of a privacy notice under its own heading. Used on purpose pages, which carry the DPO section. */
export function NoticeSection({ id, title, state, level = 2, children }: NoticeSectionProps) {
  return (
    <section aria-labelledby={id}>
      <Heading level={level} id={id}>
        {title}
      </Heading>
      {state.kind === 'stated' ? children : <NotStated />}
    </section>
  );
}
