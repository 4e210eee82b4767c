import type { ReactNode } from 'react';

import type { ElementState } from '@/lib/gdpr/completeness';

import { Heading } from '../heading';
import { NotStated } from '../not-stated';
import type { SectionHeading } from '../page-sections';

interface NoticeSectionProps {
  heading: SectionHeading;
  /** What the notice says about the element; anything but stated is said openly. */
  state: ElementState;
  level?: 2 | 3;
  children?: ReactNode;
}

/** One element of a privacy notice under its own heading. Used on purpose pages, which carry the DPO section. */
export function NoticeSection({ heading, state, level = 2, children }: NoticeSectionProps) {
  return (
    <section aria-labelledby={heading.id}>
      <Heading level={level} id={heading.id}>
        {heading.title}
      </Heading>
      {state.kind === 'stated' ? children : <NotStated />}
    </section>
  );
}
