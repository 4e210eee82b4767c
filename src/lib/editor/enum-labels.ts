import { da } from '../../i18n/dictionaries/da';
import { fieldNames } from '../content/field-names';
import {
  art6Articles,
  art9Articles,
  authorityElements,
  dataProtectionActSections,
  rightIds,
  type RightId,
} from '../content/schema';
import { capitalised } from './danish-label';
import type { DecapSelectOption } from './decap-types';

const labelled = (values: readonly string[], label: (value: string) => string) =>
  Object.fromEntries(values.map((value) => [value, label(value)]));

/**
 * Every fixed list of values in the content model with the Danish word for each value: the site's own
 * words from the dictionary where it has them, the rights' titles from content/shared/rettigheder.md.
 */
function labelTables(rightTitles: Record<RightId, string>): Record<string, string>[] {
  return [
    da.authorityKinds,
    da.dataCategories,
    da.sourceKinds,
    da.transferSafeguards,
    da.noticeElements,
    labelled(authorityElements, (element) => fieldNames[element]!),
    labelled(art6Articles, da.formatArticle),
    labelled(art9Articles, da.formatArticle),
    labelled(dataProtectionActSections, da.notice.dataProtectionAct),
    labelled(rightIds, (right) => rightTitles[right as RightId]),
  ];
}

const sameValues = (table: Record<string, string>, values: readonly string[]) =>
  values.length === Object.keys(table).length && values.every((value) => value in table);

/** The select options of an enum, in the schema's order, each labelled in Danish. */
export function enumOptions(
  values: readonly string[],
  rightTitles: Record<RightId, string>,
): DecapSelectOption[] {
  const table = labelTables(rightTitles).find((candidate) => sameValues(candidate, values));
  if (!table)
    throw new Error(`No Danish labels for the values ${values.join(', ')} (src/lib/editor/enum-labels.ts).`);
  return values.map((value) => ({ label: capitalised(table[value]!), value }));
}
