import type { ReactNode } from 'react';
import type { Authority } from '@/lib/content';
import { rightsPath } from '@/lib/routes';

interface NoticeRightsSectionProps {
  authority: Authority;
  /** Further rights-related content, e.g. the complaint route. */
  children?: ReactNode;
}

/** The rights on a purpose page: how to use them and how fast the answer comes (art. 12(3)). */
export function NoticeRightsSection({ authority, children }: NoticeRightsSectionProps) {
  return (
    <section aria-labelledby="dine-rettigheder">
      <h2 id="dine-rettigheder">Dine rettigheder</h2>
      <p>
        Du har blandt andet ret til indsigt i de oplysninger, {authority.name} behandler om dig, og til at få forkerte
        oplysninger rettet. Hvilke rettigheder der gælder, afhænger af retsgrundlaget.{' '}
        <a href={rightsPath}>Læs om alle dine rettigheder</a>.
      </p>
      <p>
        Når du bruger en rettighed, skal du have svar uden unødig forsinkelse og senest en måned efter, at din
        anmodning er modtaget. Fristen kan forlænges med to måneder, hvis anmodningen er kompliceret; så får du
        besked inden for den første måned.
      </p>
      {children}
    </section>
  );
}
