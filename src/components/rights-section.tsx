import type { Authority, Rights } from '@/lib/content';
import { rightPath, rightsPath } from '@/lib/routes';

interface RightsSectionProps {
  authority: Authority;
  rights: Rights;
}

/** The hub's summary of the data-subject rights, worded with the authority's name. */
export function RightsSection({ authority, rights }: RightsSectionProps) {
  return (
    <section aria-labelledby="dine-rettigheder">
      <h2 id="dine-rettigheder">Dine rettigheder</h2>
      <p>Efter databeskyttelsesforordningen har du blandt andet ret til at:</p>
      <ul>
        {rights.rights.map((right) => (
          <li key={right.id}>
            <a href={rightPath(right.id)}>{right.hubText.replaceAll('{genitiv}', authority.genitive)}</a>
          </li>
        ))}
      </ul>
      <p>
        Hvilke rettigheder der gælder, afhænger af formålet og retsgrundlaget for behandlingen.{' '}
        <a href={rightsPath}>Læs mere om dine rettigheder</a>.
      </p>
    </section>
  );
}
