import type { ComponentProps } from 'react';

import { StatedOrGap } from '../gap-note';
import { Heading } from '../heading';
import type { SectionHeading } from '../page-sections';

interface NoticeSectionProps extends ComponentProps<typeof StatedOrGap> {
  heading: SectionHeading;
  level?: 2 | 3;
}

/** One element of a privacy notice under its own heading, or the note that it is not published. */
export function NoticeSection({ heading, level = 2, ...statement }: NoticeSectionProps) {
  return (
    <section aria-labelledby={heading.id}>
      <Heading level={level} id={heading.id}>
        {heading.title}
      </Heading>
      <StatedOrGap {...statement} />
    </section>
  );
}
