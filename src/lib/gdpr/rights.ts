import { rightIds, type NoticeData, type RightId } from '../content/schema';

export interface ApplicableRight {
  id: RightId;
  /** True where the right exists but is limited, e.g. erasure under art. 17(3)(b). */
  limited: boolean;
}

type RightsInput = Pick<NoticeData, 'legalBases' | 'specialCategoryBases' | 'automatedDecisions'>;

/**
 * The rights that follow from a notice's legal bases (GDPR art. 7(3), 15–18, 20–22). Where several
 * bases apply, a right applies if any basis gives it. Without a known art. 6 basis only the rights
 * that hold under every basis are shown.
 */
export function derivedRights({
  legalBases,
  specialCategoryBases,
  automatedDecisions,
}: RightsInput): ApplicableRight[] {
  const bases = new Set<string>(
    [...(legalBases ?? []), ...(specialCategoryBases ?? [])].map((basis) => basis.article),
  );
  const has = (...articles: string[]) => articles.some((article) => bases.has(article));
  const applies: Record<RightId, boolean> = {
    access: true,
    rectification: true,
    erasure: true,
    restriction: true,
    objection: has('6(1)(e)', '6(1)(f)'),
    portability: has('6(1)(a)', '6(1)(b)'),
    withdrawConsent: has('6(1)(a)', '9(2)(a)'),
    automatedDecisions: automatedDecisions?.used === true,
  };
  return rightIds
    .filter((id) => applies[id])
    .map((id) => ({ id, limited: id === 'erasure' && has('6(1)(c)', '6(1)(e)') }));
}

/** The rights a notice shows: its written override where it has one, otherwise the derived set. */
export function applicableRights(
  notice: RightsInput & Pick<NoticeData, 'rightsOverride'>,
): ApplicableRight[] {
  if (!notice.rightsOverride) return derivedRights(notice);
  const chosen = new Set(notice.rightsOverride.rights);
  return rightIds.filter((id) => chosen.has(id)).map((id) => ({ id, limited: false }));
}

/** Every right that applies to at least one of an authority's notices, in the standard order. */
export function unionOfRights(notices: readonly Parameters<typeof applicableRights>[0][]): RightId[] {
  const ids = new Set(notices.flatMap((notice) => applicableRights(notice).map((right) => right.id)));
  return rightIds.filter((id) => ids.has(id));
}
