import { complaintPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import type { Complaint } from '@/lib/site-content';

import { Heading } from './heading';
import type { SectionHeading } from './page-sections';

interface ComplaintSectionProps {
  heading: SectionHeading;
  complaint: Complaint;
  level: 2 | 3;
}

/** The right to complain to Datatilsynet, with a link to the full route. */
export function ComplaintSection({ heading, complaint, level }: ComplaintSectionProps) {
  return (
    <section aria-labelledby={heading.id}>
      <Heading level={level} id={heading.id}>
        {heading.title}
      </Heading>
      <p>{complaint.summary}</p>
      <p>
        <a href={localized(complaintPath)}>
          {words().authorityPage.complaintHow(complaint.supervisoryAuthority.nameForms)}
        </a>
      </p>
    </section>
  );
}
