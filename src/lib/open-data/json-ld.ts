import { da } from '../../i18n/dictionaries/da';
import { newestDate } from '../dates';
import { dpvNamespace, gdprNamespace } from './dpv';
import type { AuthorityExport } from './schema';

/** A declared gap as DPV states a reason: a dpv:Justification naming the element that is not published. */
const notPublishedNote = (gap: { element: string; reason: string }) => ({
  '@type': 'dpv:Justification',
  'persondata:notPublished': gap.element,
  'dct:description': gap.reason,
});

/** Declared gaps as the property that carries them; nothing when there are none. */
const justifications = (gaps: readonly { element: string; reason: string }[]) =>
  gaps.length > 0 ? { 'dpv:hasJustification': gaps.map(notPublishedNote) } : {};

/** A list as a property, left out when the export says null (not published): an empty list means none. */
const listed = <T>(key: string, items: readonly T[] | null, node: (item: T) => unknown) =>
  items === null ? {} : { [key]: items.map(node) };

const personalDataTypes = {
  ordinary: 'dpv:PersonalData',
  sensitive: 'dpv:SpecialCategoryPersonalData',
  criminal: 'dpv:SensitivePersonalData',
  cpr: 'dpv:PersonalData',
} as const;

/**
 * The JSON-LD twin of an authority's export, in W3C Data Privacy Vocabulary terms: each notice is a
 * dpv:Process with its purpose, legal bases and rights as DPV GDPR-extension IRIs, data, subjects,
 * recipients, controller and DPO. What is not published is left out and said instead: each declared gap
 * is a dpv:hasJustification of the process (or controller, or DPO) whose persondata:notPublished names the
 * element; `vocabularyUrl` is where that term is documented (the open data page). Built from the JSON
 * export, so both always say the same.
 */
export function authorityJsonLd(data: AuthorityExport, selfUrl: string, vocabularyUrl: string) {
  const controllerId = `${data.controller.url}#dataansvarlig`;
  const dpoId = `${data.controller.url}#databeskyttelsesraadgiver`;
  return {
    '@context': {
      dpv: dpvNamespace,
      'eu-gdpr': gdprNamespace,
      dct: 'http://purl.org/dc/terms/',
      schema: 'https://schema.org/',
      persondata: vocabularyUrl,
    },
    '@id': selfUrl,
    '@graph': [
      {
        '@id': controllerId,
        '@type': 'dpv:DataController',
        'schema:name': data.controller.name,
        'schema:url': data.controller.website,
        'dpv:hasDataProtectionOfficer': { '@id': dpoId },
        ...justifications(data.knownGaps.filter((gap) => gap.element === 'controllerContact')),
      },
      {
        '@id': dpoId,
        '@type': 'dpv:DataProtectionOfficer',
        'dct:description': `${da.nameForms(data.controller).genitive} databeskyttelsesrådgiver`,
        ...justifications(data.knownGaps.filter((gap) => gap.element === 'dpoContact')),
      },
      ...data.processing.map((processing) => ({
        '@id': processing.url,
        '@type': 'dpv:Process',
        'dct:title': processing.title,
        'dct:modified': newestDate(processing.changes.map((change) => change.date)),
        'dpv:hasDataController': { '@id': controllerId },
        'dpv:hasPurpose': { '@type': 'dpv:Purpose', 'dct:description': processing.purpose },
        ...listed(
          'dpv:hasLegalBasis',
          processing.legalBases === null && processing.specialCategoryBases === null
            ? null
            : [...(processing.legalBases ?? []), ...(processing.specialCategoryBases ?? [])],
          (basis) => ({ '@id': basis.dpv }),
        ),
        ...listed('dpv:hasPersonalData', processing.categoriesOfPersonalData, (category) => ({
          '@type': personalDataTypes[category.kind],
          'dct:description': category.description,
        })),
        ...listed('dpv:hasDataSubject', processing.categoriesOfDataSubjects, (subject) => ({
          '@type': 'dpv:DataSubject',
          'dct:description': subject,
        })),
        ...listed('dpv:hasRecipient', processing.recipients, (recipient) => ({
          '@type': 'dpv:Recipient',
          'schema:name': recipient.name,
        })),
        'dpv:hasRight': processing.rights.map((right) => ({ '@id': right.dpv })),
        ...(processing.retention && {
          'dpv:hasStorageCondition': {
            '@type': 'dpv:StorageDuration',
            'dct:description': [processing.retention.period, processing.retention.criteria]
              .filter(Boolean)
              .join(' '),
          },
        }),
        ...justifications(processing.knownGaps),
      })),
    ],
  };
}
