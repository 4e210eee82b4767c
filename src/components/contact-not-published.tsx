import { words } from '@/i18n';
import { hostOf } from '@/lib/labels';

import { GapNote } from './gap-note';

interface ContactNotPublishedProps {
  genitive: string;
  website: string;
  /** The authority's declared gap's own reason. */
  reason: string | undefined;
}

/** Said openly where an authority's contact channels are not public yet, with where to look instead. */
export function ContactNotPublished({ genitive, website, reason }: ContactNotPublishedProps) {
  return (
    <GapNote reason={reason}>
      {words().contact.notPublished(genitive, <a href={website}>{hostOf(website)}</a>)}
    </GapNote>
  );
}
