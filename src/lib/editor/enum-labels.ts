import { gdprProvision, sectionNumber } from '../../i18n/citations';
import { da } from '../../i18n/dictionaries/da';
import { fieldNames } from '../content/field-names';
import {
  art6Articles,
  art9Articles,
  authorityElements,
  contactChannelKinds,
  dataProtectionActSections,
  identificationDetailKinds,
  processingElements,
  type rightIds,
} from '../content/schema';
import type { durationUnits } from '../dates';
import { capitalised } from './danish-label';
import type { DecapSelectOption } from './decap-types';

const labelled = <Value extends string>(values: readonly Value[], label: (value: Value) => string) =>
  Object.fromEntries(values.map((value) => [value, label(value)]));

/** The rights by their ids, as the form names them (the pages use the titles in content/shared/rettigheder.md). */
const rightNames: Record<(typeof rightIds)[number], string> = {
  access: 'indsigt',
  rectification: 'berigtigelse',
  erasure: 'sletning',
  restriction: 'begrænsning af behandling',
  objection: 'indsigelse',
  portability: 'dataportabilitet',
  withdrawConsent: 'tilbagetrækning af samtykke',
  automatedDecisions: 'automatiske afgørelser',
};

/** The units of a period as the editor names them. */
const durationUnitNames = {
  days: 'dage',
  weeks: 'uger',
  months: 'måneder',
  years: 'år',
} satisfies Record<(typeof durationUnits)[number], string>;

/**
 * Every fixed list of values in the content model with the Danish word for each value: the site's own
 * words from the dictionary where it has them. None comes from the content, so the generated
 * configuration changes only with the schema and the authorities.
 */
function labelTables(): Record<string, string>[] {
  return [
    da.authorityKinds,
    da.dataCategories,
    da.sourceKinds,
    da.transferSafeguards,
    da.noticeElements,
    labelled(processingElements, (element) => da.noticeElements[element]),
    labelled(authorityElements, (element) => fieldNames[element]!),
    labelled(contactChannelKinds, (channel) => fieldNames[channel]!),
    labelled(identificationDetailKinds, (detail) => da.request.identificationLabels[detail]),
    labelled(art6Articles, (article) => da.citations.gdpr(gdprProvision(article))),
    labelled(art9Articles, (article) => da.citations.gdpr(gdprProvision(article))),
    labelled(dataProtectionActSections, (section) => da.notice.dataProtectionAct(sectionNumber(section))),
    rightNames,
    durationUnitNames,
  ];
}

const sameValues = (table: Record<string, string>, values: readonly string[]) =>
  values.length === Object.keys(table).length && values.every((value) => value in table);

/** The select options of an enum, in the schema's order, each labelled in Danish. */
export function enumOptions(values: readonly string[]): DecapSelectOption[] {
  const table = labelTables().find((candidate) => sameValues(candidate, values));
  if (!table)
    throw new Error(`No Danish labels for the values ${values.join(', ')} (src/lib/editor/enum-labels.ts).`);
  return values.map((value) => ({ label: capitalised(table[value]!), value }));
}
