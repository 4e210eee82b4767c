/** Which rights a reader can use at an authority, by the same rule the notices show them. */
import type { RightId } from '../content/schema';
import type { Authority, Notice } from '../content/types';
import { applicableRights, unionOfRights } from '../gdpr/rights';

export interface RequestableRight {
  id: RightId;
  /** The authority's notices the right applies to, in their editorial order. */
  notices: Notice[];
  /** Of those, the ones where the right is limited (erasure under art. 17(3)(b)). */
  limitedFor: Notice[];
  /** Of those, the ones where it may be limited: the art. 6 basis that decides it is not published. */
  mayBeLimitedFor: Notice[];
}

type AuthorityNotices = Pick<Authority, 'notices'>;

/** How one right applies to one notice: not at all, fully, or limited. */
function rightIn(notice: Notice, right: RightId) {
  return applicableRights(notice).find((candidate) => candidate.id === right);
}

/** The notices a right applies to, and where it is or may be limited. */
export function noticesOfRight({ notices }: AuthorityNotices, right: RightId) {
  return {
    notices: notices.filter((notice) => rightIn(notice, right) !== undefined),
    limitedFor: notices.filter((notice) => rightIn(notice, right)?.limited === true),
    mayBeLimitedFor: notices.filter((notice) => rightIn(notice, right)?.mayBeLimited === true),
  };
}

/** Every right that applies to at least one of the authority's notices, each with the notices it applies to. */
export function requestableRights(authority: AuthorityNotices): RequestableRight[] {
  return unionOfRights(authority.notices).map((id) => ({ id, ...noticesOfRight(authority, id) }));
}
