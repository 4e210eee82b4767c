import { words } from '@/i18n';
import { authorityElementState, gapReason } from '@/lib/gdpr/completeness';
import type { Authority } from '@/lib/site-content';

import { ContactChannels } from './contact-channels';
import { ContactNotPublished } from './contact-not-published';
import { Heading } from './heading';
import type { SectionHeading } from './page-sections';

interface DpoSectionProps {
  heading: SectionHeading;
  authority: Authority;
  level: 2 | 3;
}

/** The data protection officer: what the role is and how to reach it. */
export function DpoSection({ heading, authority, level }: DpoSectionProps) {
  const contact = authorityElementState(authority, 'dpoContact');
  return (
    <section aria-labelledby={heading.id}>
      <Heading level={level} id={heading.id}>
        {heading.title}
      </Heading>
      <p>{words().authorityPage.dpoIntro(authority.nameForms)}</p>
      {contact.kind === 'stated' ? (
        <ContactChannels channels={authority.dpoContact!} />
      ) : (
        <ContactNotPublished
          name={authority.nameForms}
          website={authority.website}
          reason={gapReason(contact)}
        />
      )}
    </section>
  );
}
