import { dpoSectionId } from './dpo-section';

/** Said openly where a notice lacks a fact, instead of leaving the section out. */
export function NotStated() {
  return (
    <p className="not-stated">
      Denne oplysning er ikke offentliggjort endnu.{' '}
      <a href={`#${dpoSectionId}`}>Kontakt databeskyttelsesrådgiveren</a>, hvis du vil vide mere.
    </p>
  );
}
