import { requestPath } from '@/config/routes';
import { localized, words } from '@/i18n';

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
