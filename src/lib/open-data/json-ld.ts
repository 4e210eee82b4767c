import { newestDate } from '../changes';
import { dpvNamespace, gdprNamespace } from './dpv';
import type { AuthorityExport } from './schema';

const personalDataTypes = {
  ordinary: 'dpv:PersonalData',
  sensitive: 'dpv:SpecialCategoryPersonalData',
  criminal: 'dpv:SensitivePersonalData',
  cpr: 'dpv:PersonalData',
} as const;

/**
 * The JSON-LD twin of an authority's export, in W3C Data Privacy Vocabulary terms: each purpose is a
 * dpv:Process with its purpose, legal bases and rights as DPV GDPR-extension IRIs, data, subjects,
 * recipients, controller and DPO. Built from the JSON export, so both always say the same.
 */
export function authorityJsonLd(data: AuthorityExport, selfUrl: string) {
  const controllerId = `${data.controller.url}#dataansvarlig`;
  const dpoId = `${data.controller.url}#databeskyttelsesraadgiver`;
  return {
    '@context': {
      dpv: dpvNamespace,
      'eu-gdpr': gdprNamespace,
      dct: 'http://purl.org/dc/terms/',
      schema: 'https://schema.org/',
    },
    '@id': selfUrl,
    '@graph': [
      {
        '@id': controllerId,
        '@type': 'dpv:DataController',
        'schema:name': data.controller.name,
        'schema:url': data.controller.website,
        'dpv:hasDataProtectionOfficer': { '@id': dpoId },
      },
      {
        '@id': dpoId,
        '@type': 'dpv:DataProtectionOfficer',
        'dct:description': `${data.controller.name}s databeskyttelsesrådgiver`,
      },
      ...data.processing.map((processing) => ({
        '@id': processing.url,
        '@type': 'dpv:Process',
        'dct:title': processing.title,
        'dct:modified': newestDate(processing.changes.map((change) => change.date)),
        'dpv:hasDataController': { '@id': controllerId },
        'dpv:hasPurpose': { '@type': 'dpv:Purpose', 'dct:description': processing.purpose },
        'dpv:hasLegalBasis': [
          ...(processing.legalBases ?? []),
          ...(processing.specialCategoryBases ?? []),
        ].map((basis) => ({ '@id': basis.dpv })),
        'dpv:hasPersonalData': (processing.categoriesOfPersonalData ?? []).map((category) => ({
          '@type': personalDataTypes[category.kind],
          'dct:description': category.description,
        })),
        'dpv:hasDataSubject': (processing.categoriesOfDataSubjects ?? []).map((subject) => ({
          '@type': 'dpv:DataSubject',
          'dct:description': subject,
        })),
        'dpv:hasRecipient': (processing.recipients ?? []).map((recipient) => ({
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
      })),
    ],
  };
}
