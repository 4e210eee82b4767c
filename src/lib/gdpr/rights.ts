import { rightIds, type NoticeData, type RightId } from '../content/schema';

export interface ApplicableRight {
  id: RightId;
  /** True where the right exists but is limited, e.g. erasure under art. 17(3)(b). */
  limited: boolean;
  /** True where the art. 6 basis that would decide a limit is not known, so the right may be limited. */
  mayBeLimited: boolean;
}

type RightsInput = Pick<NoticeData, 'legalBases' | 'specialCategoryBases' | 'automatedDecisions'>;

/** Whether the notice names no GDPR art. 6 basis, the one that decides several rights. */
const basisUnknown = ({ legalBases }: Pick<NoticeData, 'legalBases'>) => (legalBases ?? []).length === 0;

/**
 * The rights that exist only under some art. 6 bases (objection: 6(1)(e)–(f), art. 21; portability:
 * 6(1)(a)–(b), art. 20; withdrawal: consent, art. 7(3)). Where the basis is unknown, whether they apply
 * is unknown too: the page says so rather than list or deny them.
 */
const basisDependentRights = [
  'objection',
  'portability',
  'withdrawConsent',
] as const satisfies readonly RightId[];

/**
 * The rights that follow from a notice's legal bases (GDPR art. 7(3), 15–18, 20–22). Where several
 * bases apply, a right applies if any basis gives it. Without a known art. 6 basis only the rights
 * that hold under every basis are shown, erasure as one that may be limited.
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
    .map((id) => ({
      id,
      limited: id === 'erasure' && has('6(1)(c)', '6(1)(e)'),
      // Erasure yields to a legal obligation or official authority (art. 17(3)(b)), which an unknown basis may be.
      mayBeLimited: id === 'erasure' && basisUnknown({ legalBases }),
    }));
}

/** The rights a notice shows: its written override where it has one, otherwise the derived set. */
export function applicableRights(
  notice: RightsInput & Pick<NoticeData, 'rightsOverride'>,
): ApplicableRight[] {
  if (!notice.rightsOverride) return derivedRights(notice);
  const chosen = new Set(notice.rightsOverride.rights);
  return rightIds.filter((id) => chosen.has(id)).map((id) => ({ id, limited: false, mayBeLimited: false }));
}

/** The basis-dependent rights a notice neither gives nor rules out, because its art. 6 basis is unknown. */
export function undecidedRights(notice: RightsInput & Pick<NoticeData, 'rightsOverride'>): RightId[] {
  if (notice.rightsOverride || !basisUnknown(notice)) return [];
  const shown = new Set(applicableRights(notice).map((right) => right.id));
  return basisDependentRights.filter((id) => !shown.has(id));
}

/** Every right that applies to at least one of an authority's notices, in the standard order. */
export function unionOfRights(notices: readonly Parameters<typeof applicableRights>[0][]): RightId[] {
  const ids = new Set(notices.flatMap((notice) => applicableRights(notice).map((right) => right.id)));
  return rightIds.filter((id) => ids.has(id));
}
