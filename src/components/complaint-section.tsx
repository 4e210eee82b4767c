import type { Complaint } from '@/lib/content';
import { complaintPath } from '@/lib/routes';

import { authoritySections } from './authority-sections';
import { Heading } from './heading';

interface ComplaintSectionProps {
  complaint: Complaint;
  level: 2 | 3;
}

/** The right to complain to Datatilsynet, with a link to the full route. */
export function ComplaintSection({ complaint, level }: ComplaintSectionProps) {
  return (
    <section aria-labelledby={authoritySections.complaint.id}>
      <Heading level={level} id={authoritySections.complaint.id}>
        {authoritySections.complaint.title(complaint.supervisoryAuthority.name)}
      </Heading>
      <p>{complaint.summary}</p>
      <p>
        <a href={complaintPath}>Sådan klager du til {complaint.supervisoryAuthority.name}</a>
      </p>
    </section>
  );
}
