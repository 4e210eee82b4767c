import { authoritySectionIds } from './authority-page-sections';
import { InfoAlert } from './info-alert';

/** Said openly where a notice lacks a fact, instead of leaving the section out. */
export function NotStated() {
  return (
    <InfoAlert className="not-stated">
      Denne oplysning er ikke offentliggjort endnu.{' '}
      <a href={`#${authoritySectionIds.dpo}`}>Kontakt databeskyttelsesrådgiveren</a>, hvis du vil vide mere.
    </InfoAlert>
  );
}
