import type { ReactNode } from 'react';

import { Heading } from '../heading';
import { NotStated } from '../not-stated';

interface NoticeSectionProps {
  id: string;
  title: string;
  /** False when the notice does not state this element: the section then says so openly. */
  stated: boolean;
  level?: 2 | 3;
  children?: ReactNode;
}

/** One element of a privacy notice under its own heading. Used on purpose pages, which carry the DPO section. */
export function NoticeSection({ id, title, stated, level = 2, children }: NoticeSectionProps) {
  return (
    <section aria-labelledby={id}>
      <Heading level={level} id={id}>
        {title}
      </Heading>
      {stated ? children : <NotStated />}
    </section>
  );
}
