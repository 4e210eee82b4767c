import { words } from '@/i18n';
import type { NameForms } from '@/i18n/names';
import { hostOf } from '@/lib/labels';

import { GapNote } from './gap-note';

interface ContactNotPublishedProps {
  name: NameForms;
  website: string;
  /** The authority's declared gap's own reason. */
  reason: string | undefined;
}

/** Said openly where an authority's contact channels are not public yet, with where to look instead. */
export function ContactNotPublished({ name, website, reason }: ContactNotPublishedProps) {
  return (
    <GapNote reason={reason}>
      {words().contact.notPublished(name, <a href={website}>{hostOf(website)}</a>)}
    </GapNote>
  );
}
