import { z } from 'zod';

import {
  art6Articles,
  art9Articles,
  authorityElements,
  authorityKinds,
  contactChannelsSchema,
  noticeElements,
  noticeSchema,
  rightIds,
} from '../content/schema';
import { isoDatePattern } from '../dates';

/** The export format's version: bump the major part when a field is removed or changes meaning. */
export const openDataFormatVersion = '1.3';

/** The status of every declared gap: the element is not published (yet). */
export const notPublished = 'notPublished';

const notice = noticeSchema.shape;
const address = z.url().describe('Absolute web address.');
const dpvIri = z
  .url()
  .describe('IRI of the matching term in the W3C Data Privacy Vocabulary (DPV) or its GDPR extension.');
const date = z.string().regex(isoDatePattern).describe('Date as YYYY-MM-DD.');
/** null means: the notice does not state this yet; knownGaps gives the reason. An empty list means: none. */
const stated = <T extends z.ZodType>(schema: T, description: string) =>
  schema
    .nullable()
    .describe(
      `${description} null: not published; knownGaps names this field with the reason. An empty list: none.`,
    );

/** The fields of a processing that state a notice element, as knownGaps names them. */
export const noticeFields = [
  'legalBases',
  'specialCategoryBases',
  'dataProtectionActBases',
  'categoriesOfPersonalData',
  'sources',
  'recipients',
  'thirdCountryTransfers',
  'retention',
  'automatedDecisions',
] as const;
export type NoticeField = (typeof noticeFields)[number];

/** One element the notice or authority does not publish (yet), and why: a gap the editors declared. */
const gap = <Element extends z.ZodType, Field extends z.ZodType>(element: Element, field: Field) =>
  z
    .strictObject({
      element: element.describe('The element of the information duty (GDPR Art. 13/14) that is missing.'),
      field: field.describe(
        'The field of this document that would state the element, where it has one; that field is null, ' +
          'except dataProtectionActBases, which may state other sections.',
      ),
      status: z.literal(notPublished).describe('The element is not published (yet).'),
      reason: z.string().describe('Why, in Danish, as the page says it.'),
    })
    .describe('An element that is not published, with the reason.');

/** The status of a withdrawn notice: no longer published, its versions kept. */
export const withdrawnStatus = 'withdrawn';

const versions = z
  .array(z.strictObject({ date, until: date.nullable(), url: address }))
  .describe(
    'The past versions of the notice, oldest first: the date each applied from, the date it was replaced or withdrawn (null: not yet published) and its page. The current notice is none of them.',
  );

export const processingSchema = z
  .strictObject({
    id: z.string().describe("The notice's identifier, unique within the authority."),
    title: z.string(),
    url: address.describe('The notice on the website.'),
    summary: z.string(),
    topic: z.string().describe('Topic id shared across authorities, e.g. "klagesager".'),
    purpose: z.string().describe('Why the data is processed (Art. 13(1)(c), 30(1)(b)).'),
    legalBases: stated(
      z.array(z.strictObject({ article: z.enum(art6Articles), law: z.string().optional(), dpv: dpvIri })),
      'GDPR Art. 6(1) bases, each with the national law where named.',
    ),
    specialCategoryBases: stated(
      z.array(z.strictObject({ article: z.enum(art9Articles), law: z.string().optional(), dpv: dpvIri })),
      'GDPR Art. 9(2) bases for special-category data.',
    ),
    dataProtectionActBases: stated(
      notice.dataProtectionActBases.unwrap(),
      'Sections of the Danish Data Protection Act.',
    ),
    statutes: stated(notice.statutes.unwrap(), 'Other rules named for the processing.'),
    categoriesOfPersonalData: stated(notice.dataCategories.unwrap(), 'Art. 14(1)(d), 30(1)(c).'),
    categoriesOfDataSubjects: stated(notice.dataSubjects.unwrap(), 'Art. 30(1)(c).'),
    sources: stated(notice.sources.unwrap(), 'Art. 14(2)(f).'),
    recipients: stated(notice.recipients.unwrap(), 'Art. 13(1)(e), 30(1)(d). Empty: no recipients.'),
    thirdCountryTransfers: stated(notice.transfers.unwrap(), 'Art. 13(1)(f), 30(1)(e). Empty: no transfers.'),
    retention: stated(
      z.strictObject({ period: z.string().optional(), criteria: z.string().optional() }),
      'Art. 13(2)(a), 30(1)(f).',
    ),
    automatedDecisions: stated(
      z.strictObject({ used: z.boolean(), explanation: z.string().optional() }),
      'Art. 22.',
    ),
    rights: z
      .array(z.strictObject({ id: z.enum(rightIds), article: z.string(), limited: z.boolean(), dpv: dpvIri }))
      .describe("The data subject's rights for this processing, derived from its legal bases."),
    lastReviewed: date,
    reviewBy: date.describe('When the notice is due for review.'),
    changes: z.array(z.strictObject({ date, note: z.string() })).describe('Public history of the notice.'),
    versions,
    knownGaps: z
      .array(gap(z.enum(noticeElements), z.enum(noticeFields).nullable()))
      .describe('Every element of the notice that is not published, each with the reason. Empty: none.'),
  })
  .describe('One processing activity (one purpose), shaped after GDPR Art. 30(1) and 13/14.');

export const withdrawnProcessingSchema = z
  .strictObject({
    id: z.string().describe("The notice's identifier while it was published."),
    title: z.string().describe('Its title in its last version.'),
    status: z.literal(withdrawnStatus),
    withdrawn: date.describe('The date it was withdrawn; its last version applied until then.'),
    versions,
  })
  .describe('A notice the authority no longer publishes; its versions stay readable on the website.');

const contact = contactChannelsSchema
  .nullable()
  .describe('Contact channels; null: not published (knownGaps names this field with the reason).');

export const authorityExportSchema = z
  .strictObject({
    formatVersion: z.literal(openDataFormatVersion),
    controller: z.strictObject({
      id: z.string(),
      name: z.string(),
      kind: z.enum(authorityKinds),
      website: address,
      url: address.describe("The authority's page on this site."),
      contact,
    }),
    dataProtectionOfficer: z.strictObject({ contact }),
    knownGaps: z
      .array(gap(z.enum(authorityElements), z.enum(['controller.contact', 'dataProtectionOfficer.contact'])))
      .describe('Every contact detail of the authority that is not published, each with the reason.'),
    supervisoryAuthority: z.strictObject({ name: z.string(), website: address }),
    processing: z.array(processingSchema),
    withdrawnProcessing: z
      .array(withdrawnProcessingSchema)
      .describe('The notices the authority has withdrawn, the latest first. Empty: none.'),
  })
  .describe("One authority's processing of personal data (Persondata open data, format 1).");

export const openDataIndexSchema = z
  .strictObject({
    formatVersion: z.literal(openDataFormatVersion),
    schema: address.describe('The JSON Schema of the authority documents.'),
    publisher: z.string(),
    lastModified: date.describe('The newest change of any notice.'),
    authorities: z.array(
      z.strictObject({ id: z.string(), name: z.string(), url: address, data: address, jsonLd: address }),
    ),
  })
  .describe('Index of the Persondata open data: one document per authority.');

export type AuthorityExport = z.infer<typeof authorityExportSchema>;
export type OpenDataIndex = z.infer<typeof openDataIndexSchema>;
export type ProcessingExport = z.infer<typeof processingSchema>;

/** The JSON Schema published beside the data, generated from the schema the export is typed by. */
export function openDataJsonSchema(schemaUrl: string) {
  return {
    ...z.toJSONSchema(authorityExportSchema, { target: 'draft-2020-12' }),
    $id: schemaUrl,
    title: 'Persondata: processing of personal data by one authority',
  };
}
