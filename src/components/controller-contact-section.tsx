import { words } from '@/i18n';
import { authorityElementState, gapReason } from '@/lib/gdpr/completeness';
import type { Authority } from '@/lib/site-content';

import { ContactChannels } from './contact-channels';
import { ContactNotPublished } from './contact-not-published';
import { Heading } from './heading';
import { MarkdownHtml } from './markdown-html';
import type { SectionHeading } from './page-sections';

interface ControllerContactSectionProps {
  heading: SectionHeading;
  authority: Authority;
  level: 2 | 3;
}

/** How to reach the data controller, and how to identify yourself in a request. */
export function ControllerContactSection({ heading, authority, level }: ControllerContactSectionProps) {
  const contact = authorityElementState(authority, 'controllerContact');
  return (
    <section aria-labelledby={heading.id}>
      <Heading level={level} id={heading.id}>
        {heading.title}
      </Heading>
      <p>{words().authorityPage.contactIntro(authority.nameForms)}</p>
      {contact.kind === 'stated' ? (
        <ContactChannels channels={authority.controllerContact!} />
      ) : (
        <ContactNotPublished
          name={authority.nameForms}
          website={authority.website}
          reason={gapReason(contact)}
        />
      )}
      <MarkdownHtml html={authority.identificationAdviceHtml} />
    </section>
  );
}
