import type { Authority } from '@/lib/content';
import { authorityElementState } from '@/lib/gdpr/completeness';

import { authoritySections } from './authority-sections';
import { ContactChannels } from './contact-channels';
import { ContactNotPublished } from './contact-not-published';
import { Heading } from './heading';
import { MarkdownHtml } from './markdown-html';

interface ControllerContactSectionProps {
  authority: Authority;
  level: 2 | 3;
}

/** How to reach the data controller, and how to identify yourself in a request. */
export function ControllerContactSection({ authority, level }: ControllerContactSectionProps) {
  return (
    <section aria-labelledby={authoritySections.contact.id}>
      <Heading level={level} id={authoritySections.contact.id}>
        {authoritySections.contact.title(authority)}
      </Heading>
      <p>Vil du bruge dine rettigheder, skal du kontakte den dataansvarlige, som er {authority.name}.</p>
      {authorityElementState(authority, 'controllerContact').kind === 'stated' ? (
        <ContactChannels channels={authority.controllerContact!} />
      ) : (
        <ContactNotPublished genitive={authority.genitive} website={authority.website} />
      )}
      <MarkdownHtml html={authority.identificationAdviceHtml} />
    </section>
  );
}
