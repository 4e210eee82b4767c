import type { Complaint } from '@/lib/content';
import { complaintPath } from '@/lib/routes';
import { Heading } from './heading';

interface ComplaintSectionProps {
  complaint: Complaint;
  level: 2 | 3;
}

/** The right to complain to Datatilsynet, with a link to the full route. */
export function ComplaintSection({ complaint, level }: ComplaintSectionProps) {
  return (
    <section aria-labelledby="klage">
      <Heading level={level} id="klage">
        Klage til {complaint.supervisoryAuthority.name}
      </Heading>
      <p>{complaint.summary}</p>
      <p>
        <a href={complaintPath}>Sådan klager du til {complaint.supervisoryAuthority.name}</a>
      </p>
    </section>
  );
}
