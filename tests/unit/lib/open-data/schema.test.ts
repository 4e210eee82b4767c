import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

import type { Authority } from '@/lib/content/types';
import { authorityExport } from '@/lib/open-data/export';
import { authorityJsonLd } from '@/lib/open-data/json-ld';
import { openDataJsonSchema } from '@/lib/open-data/schema';

import { loadRealContent, loadValidFixture } from '../../helpers';

const siteUrl = 'https://persondata.example';
const vocabulary = `${siteUrl}/data-om-behandlinger#`;
const fixture = loadValidFixture();
const real = loadRealContent();
// strict: false because the schema's "format" keywords are documentation here, not checked formats.
const validate = new Ajv2020({ strict: false }).compile(openDataJsonSchema(`${siteUrl}/data/v1/schema.json`));

const [minimal, video] = fixture.authorities[0]!.notices;
/** The fixture authority with one notice that declares gaps and states "none" elsewhere. */
const authority: Authority = {
  ...fixture.authorities[0]!,
  dpoContact: undefined,
  knownGaps: [{ element: 'dpoContact', reason: 'Rådgiveren er ikke udpeget endnu.' }],
  notices: [
    {
      ...minimal!,
      legalBases: [],
      dataCategories: [{ kind: 'cpr', description: 'CPR-nummer' }],
      dataProtectionActBases: [{ section: '§ 7' }],
      recipients: [],
      knownGaps: [
        { element: 'legalBasis', reason: 'Retsgrundlaget er ikke oplyst.' },
        { element: 'cprBasis', reason: 'Hjemlen til CPR-nummeret er ikke oplyst.' },
        { element: 'provisionRequirement', reason: 'Det er ikke oplyst, om du skal give oplysningerne.' },
      ],
    },
    video!,
  ],
};
const data = authorityExport(authority, fixture, siteUrl);
const [withGaps] = data.processing;

type Node = Record<string, unknown> & { '@id'?: string };
const graphOf = (jsonLd: ReturnType<typeof authorityJsonLd>) => jsonLd['@graph'] as Node[];
const nodeOf = (graph: Node[], id: string) => graph.find((node) => node['@id'] === id)!;

describe('declared gaps in the open data JSON', () => {
  it('validates against the published JSON Schema', () => {
    expect(validate(data)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('states each gap as not published, with the field it concerns and the reason', () => {
    expect(withGaps!.knownGaps).toEqual([
      {
        element: 'legalBasis',
        field: 'legalBases',
        status: 'notPublished',
        reason: 'Retsgrundlaget er ikke oplyst.',
      },
      {
        element: 'cprBasis',
        field: 'dataProtectionActBases',
        status: 'notPublished',
        reason: 'Hjemlen til CPR-nummeret er ikke oplyst.',
      },
      {
        element: 'provisionRequirement',
        field: null,
        status: 'notPublished',
        reason: 'Det er ikke oplyst, om du skal give oplysningerne.',
      },
    ]);
  });

  it('gives a field a gap covers null, never an empty list, and keeps "none" as an empty list', () => {
    expect(withGaps!.legalBases).toBeNull();
    expect(withGaps!.recipients).toEqual([]);
    // The CPR gap leaves the other sections of the Data Protection Act as stated.
    expect(withGaps!.dataProtectionActBases).toEqual([{ section: '§ 7' }]);
  });

  it('states the authority’s missing contact details the same way', () => {
    expect(data.dataProtectionOfficer.contact).toBeNull();
    expect(data.knownGaps).toEqual([
      {
        element: 'dpoContact',
        field: 'dataProtectionOfficer.contact',
        status: 'notPublished',
        reason: 'Rådgiveren er ikke udpeget endnu.',
      },
    ]);
  });

  it('the schema refuses a gap that does not say it is not published', () => {
    const unstated = structuredClone(data);
    delete (unstated.processing[0]!.knownGaps[0] as { status?: string }).status;
    expect(validate(unstated)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      keyword: 'required',
      params: { missingProperty: 'status' },
    });
  });

  it('the schema documents what null and the gaps mean', () => {
    const schema = JSON.stringify(openDataJsonSchema(`${siteUrl}/data/v1/schema.json`));
    expect(schema).toContain(
      'null: not published; knownGaps names this field with the reason. An empty list: none.',
    );
    expect(schema).toContain(
      '"status":{"type":"string","const":"notPublished","description":"The element is not published (yet)."}',
    );
  });
});

describe('declared gaps in the JSON-LD twin', () => {
  const graph = graphOf(authorityJsonLd(data, `${siteUrl}/data/v1/testmyndighed.jsonld`, vocabulary));
  const process = nodeOf(graph, withGaps!.url);

  it('leaves out what is not published instead of an empty list', () => {
    expect(process).not.toHaveProperty('dpv:hasLegalBasis');
    expect(process['dpv:hasRecipient']).toEqual([]);
  });

  it('says per gap, as a dpv:Justification of the process, which element is not published and why', () => {
    expect(process['dpv:hasJustification']).toEqual([
      {
        '@type': 'dpv:Justification',
        'persondata:notPublished': 'legalBasis',
        'dct:description': 'Retsgrundlaget er ikke oplyst.',
      },
      {
        '@type': 'dpv:Justification',
        'persondata:notPublished': 'cprBasis',
        'dct:description': 'Hjemlen til CPR-nummeret er ikke oplyst.',
      },
      {
        '@type': 'dpv:Justification',
        'persondata:notPublished': 'provisionRequirement',
        'dct:description': 'Det er ikke oplyst, om du skal give oplysningerne.',
      },
    ]);
    expect(nodeOf(graph, data.processing[1]!.url)).not.toHaveProperty('dpv:hasJustification');
  });

  it('puts the authority’s gaps on the DPO and the controller they concern', () => {
    expect(
      nodeOf(graph, `${siteUrl}/testmyndighed#databeskyttelsesraadgiver`)['dpv:hasJustification'],
    ).toEqual([
      {
        '@type': 'dpv:Justification',
        'persondata:notPublished': 'dpoContact',
        'dct:description': 'Rådgiveren er ikke udpeget endnu.',
      },
    ]);
    expect(nodeOf(graph, `${siteUrl}/testmyndighed#dataansvarlig`)).not.toHaveProperty(
      'dpv:hasJustification',
    );
  });

  it('names the project’s own term in a namespace documented on the open data page', () => {
    const jsonLd = authorityJsonLd(data, `${siteUrl}/data/v1/testmyndighed.jsonld`, vocabulary);
    expect(jsonLd['@context'].persondata).toBe(vocabulary);
  });
});

describe('the real content', () => {
  for (const realAuthority of real.authorities) {
    it(`${realAuthority.name}: every declared gap is in the JSON and the JSON-LD`, () => {
      const exported = authorityExport(realAuthority, real, siteUrl);
      expect(validate(exported)).toBe(true);
      const graph = graphOf(authorityJsonLd(exported, `${siteUrl}/x.jsonld`, vocabulary));
      for (const [index, notice] of realAuthority.notices.entries()) {
        const declared = (notice.knownGaps ?? []).map((gap) => gap.element);
        const processing = exported.processing[index]!;
        expect(processing.knownGaps.map((gap) => gap.element)).toEqual(declared);
        const notes = (nodeOf(graph, processing.url)['dpv:hasJustification'] ?? []) as Node[];
        expect(notes.map((note) => note['persondata:notPublished'])).toEqual(declared);
      }
    });
  }
});
