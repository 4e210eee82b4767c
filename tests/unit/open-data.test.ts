import path from 'node:path';

import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

import { loadContent } from '@/lib/content/load';
import { legalBasisIri, rightIri } from '@/lib/open-data/dpv';
import { authorityExport, openDataIndex } from '@/lib/open-data/export';
import { authorityJsonLd } from '@/lib/open-data/json-ld';
import { openDataIndexSchema, openDataJsonSchema } from '@/lib/open-data/schema';

const siteUrl = 'https://persondata.example';
const content = loadContent(path.resolve(import.meta.dirname, '../../content'));
const fixture = loadContent(path.resolve(import.meta.dirname, '../fixtures/content/valid'));
// strict: false because the schema's "format" keywords are documentation here, not checked formats.
const validate = new Ajv2020({ strict: false }).compile(openDataJsonSchema(`${siteUrl}/data/v1/schema.json`));

describe('the open data export', () => {
  for (const authority of content.authorities) {
    it(`${authority.name}: validates against the published JSON Schema`, () => {
      const valid = validate(authorityExport(authority, content, siteUrl));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  }

  it('the schema rejects a document that breaks it', () => {
    const broken = { ...authorityExport(content.authorities[0]!, content, siteUrl), formatVersion: '2.0' };
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/formatVersion', keyword: 'const' });
  });

  it('states unknown elements as null with the reason, and carries DPV IRIs for bases and rights', () => {
    const [processing] = authorityExport(fixture.authorities[0]!, fixture, siteUrl).processing;
    expect(processing).toMatchObject({ id: 'minimal', legalBases: null, recipients: null });
    const video = authorityExport(fixture.authorities[0]!, fixture, siteUrl).processing[1]!;
    expect(video.url).toBe(`${siteUrl}/testmyndighed/videoovervaagning`);
    expect(video.legalBases).toEqual([
      expect.objectContaining({ article: '6(1)(e)', dpv: 'https://w3id.org/dpv/legal/eu/gdpr#A6-1-e' }),
    ]);
    expect(video.rights.map((right) => right.dpv)).toContain('https://w3id.org/dpv/legal/eu/gdpr#A15');
  });

  it('lists every authority with its files in the index', () => {
    const index = openDataIndex(content, siteUrl, 'Udlændinge- og Integrationsministeriet');
    expect(openDataIndexSchema.safeParse(index).success).toBe(true);
    expect(index.authorities.map((authority) => authority.data)).toEqual(
      content.authorities.map((authority) => `${siteUrl}/data/v1/${authority.slug}.json`),
    );
  });
});

describe('the DPV terms', () => {
  it('names legal bases and rights by the GDPR extension’s IRIs', () => {
    expect(legalBasisIri('6(1)(c)')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A6-1-c');
    expect(legalBasisIri('9(2)(g)')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A9-2-g');
    expect(rightIri('access')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A15');
    expect(rightIri('objection')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A21');
    expect(rightIri('withdrawConsent')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A7-3');
  });

  it('describes each purpose as a dpv:Process of the controller in the JSON-LD twin', () => {
    const data = authorityExport(fixture.authorities[0]!, fixture, siteUrl);
    const jsonLd = authorityJsonLd(
      data,
      `${siteUrl}/data/v1/testmyndighed.jsonld`,
      `${siteUrl}/data-om-behandlinger#`,
    );
    const video = jsonLd['@graph'].find(
      (node) => node['@id'] === `${siteUrl}/testmyndighed/videoovervaagning`,
    );
    expect(video).toMatchObject({
      '@type': 'dpv:Process',
      'dpv:hasDataController': { '@id': `${siteUrl}/testmyndighed#dataansvarlig` },
      'dpv:hasLegalBasis': [
        { '@id': 'https://w3id.org/dpv/legal/eu/gdpr#A6-1-e' },
        { '@id': 'https://w3id.org/dpv/legal/eu/gdpr#A9-2-f' },
      ],
    });
    expect(jsonLd['@context']).toMatchObject({
      dpv: 'https://w3id.org/dpv#',
      'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
    });
  });
});
