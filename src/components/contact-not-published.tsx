import { hostOf } from '@/lib/labels';

import { InfoAlert } from './info-alert';

interface ContactNotPublishedProps {
  genitive: string;
  website: string;
}

/** Said openly where an authority's contact channels are not public yet (a declared gap). */
export function ContactNotPublished({ genitive, website }: ContactNotPublishedProps) {
  return (
    <InfoAlert className="not-stated">
      Kontaktoplysningerne er ikke offentliggjort her endnu. Find {genitive} kontaktoplysninger på{' '}
      <a href={website}>{hostOf(website)}</a>.
    </InfoAlert>
  );
}
