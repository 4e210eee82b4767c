/** Which rights a reader can use at an authority, by the same rule the notices show them. */
import type { RightId } from '../content/schema';
import type { Authority, Purpose } from '../content/types';
import { applicableRights, unionOfRights } from '../gdpr/rights';

export interface RequestableRight {
  id: RightId;
  /** The authority's purposes the right applies to, in their editorial order. */
  purposes: Purpose[];
  /** Of those, the ones where the right is limited (erasure under art. 17(3)(b)). */
  limitedFor: Purpose[];
}

type AuthorityPurposes = Pick<Authority, 'purposes'>;

/** How one right applies to one purpose: not at all, fully, or limited. */
function rightIn(purpose: Purpose, right: RightId) {
  return applicableRights(purpose).find((candidate) => candidate.id === right);
}

/** The purposes a right applies to, and where it is limited. */
export function purposesOfRight({ purposes }: AuthorityPurposes, right: RightId) {
  return {
    purposes: purposes.filter((purpose) => rightIn(purpose, right) !== undefined),
    limitedFor: purposes.filter((purpose) => rightIn(purpose, right)?.limited === true),
  };
}

/** Every right that applies to at least one of the authority's notices, each with the purposes it applies to. */
export function requestableRights(authority: AuthorityPurposes): RequestableRight[] {
  return unionOfRights(authority.purposes).map((id) => ({ id, ...purposesOfRight(authority, id) }));
}
