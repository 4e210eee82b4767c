import { hostOf } from '@/lib/labels';

interface ContactNotPublishedProps {
  genitive: string;
  website: string;
}

/** Said openly where an authority's contact channels are not public yet (a declared gap). */
export function ContactNotPublished({ genitive, website }: ContactNotPublishedProps) {
  return (
    <p className="not-stated">
      Kontaktoplysningerne er ikke offentliggjort her endnu. Find {genitive} kontaktoplysninger på{' '}
      <a href={website}>{hostOf(website)}</a>.
    </p>
  );
}
