import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';

interface AboutThisInformationSectionProps {
  heading: SectionHeading;
  notice: Notice;
}

/**
 * The notes about the notice's sources (a page found only in English, two pages that disagree), at the
 * end of the page: they concern where the information comes from, not the reader's data.
 */
export function AboutThisInformationSection({ heading, notice }: AboutThisInformationSectionProps) {
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      {notice.sourceNotes?.map((note, index) => (
        <p key={index}>
          <ContentText of={notice} field="sourceNotes">
            {note}
          </ContentText>
        </p>
      ))}
    </section>
  );
}
