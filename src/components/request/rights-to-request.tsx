import { requestRightPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { requestableRights } from '@/lib/rights-request';
import type { Authority, Rights } from '@/lib/site-content';

interface RightsToRequestProps {
  authority: Authority;
  rights: Rights;
}

/** Each right a reader can use at the authority, linked to its request, with the notices it applies to. */
export function RightsToRequest({ authority, rights }: RightsToRequestProps) {
  const w = words().requestPage;
  const titles = new Map(rights.rights.map((right) => [right.id, right.title]));
  const titlesOf = (notices: readonly { title: string }[]) =>
    words().list(notices.map((notice) => notice.title));
  const requestable = requestableRights(authority);
  if (requestable.length === 0) return <p>{w.noRights}</p>;
  return (
    <ul className="rights-list">
      {requestable.map((right) => (
        <li key={right.id}>
          <a href={localized(requestRightPath(authority.slug, right.id))}>{titles.get(right.id)}</a>
          <p>
            {w.appliesTo} {titlesOf(right.notices)}
          </p>
          {right.limitedFor.length > 0 && (
            <p>
              {w.limitedFor} {titlesOf(right.limitedFor)}
            </p>
          )}
          {right.mayBeLimitedFor.length > 0 && (
            <p>
              {w.mayBeLimitedFor} {titlesOf(right.mayBeLimitedFor)}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
