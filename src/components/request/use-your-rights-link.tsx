import { localized, words } from '@/i18n';
import { requestPath } from '@/lib/routes';

interface UseYourRightsLinkProps {
  authority: { slug: string };
}

/** The way from a hub's or notice's rights to the letters a reader can send the authority. */
export function UseYourRightsLink({ authority }: UseYourRightsLinkProps) {
  return (
    <p>
      <a href={localized(requestPath(authority.slug))}>{words().request.useYourRights}</a>
    </p>
  );
}
