import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

import { authorityExport, openDataIndex } from '@/lib/open-data/export';
import { openDataIndexSchema, openDataJsonSchema } from '@/lib/open-data/schema';

import { loadRealContent, loadValidFixture } from '../../helpers';

const siteUrl = 'https://persondata.example';
const content = loadRealContent();
const fixture = loadValidFixture();
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

  it('lists a withdrawn notice with its status, the date it was withdrawn and its versions, valid by the schema', () => {
    const data = authorityExport(fixture.authorities[0]!, fixture, siteUrl, () => [], [
      {
        slug: 'tilbagetrukket',
        title: 'Tilbagetrukket formål',
        withdrawn: '2026-11-20',
        versions: [
          { date: '2026-11-01', until: '2026-11-10' },
          { date: '2026-11-10', until: '2026-11-20' },
        ],
      },
    ]);
    expect(validate(data)).toBe(true);
    expect(data.withdrawnProcessing).toEqual([
      {
        id: 'tilbagetrukket',
        title: 'Tilbagetrukket formål',
        status: 'withdrawn',
        withdrawn: '2026-11-20',
        versions: [
          {
            date: '2026-11-01',
            until: '2026-11-10',
            url: `${siteUrl}/testmyndighed/tilbagetrukket/versioner/2026-11-01`,
          },
          {
            date: '2026-11-10',
            until: '2026-11-20',
            url: `${siteUrl}/testmyndighed/tilbagetrukket/versioner/2026-11-10`,
          },
        ],
      },
    ]);
  });

  it('lists every authority with its files in the index', () => {
    const index = openDataIndex(content, siteUrl, 'Udlændinge- og Integrationsministeriet');
    expect(openDataIndexSchema.safeParse(index).success).toBe(true);
    expect(index.authorities.map((authority) => authority.data)).toEqual(
      content.authorities.map((authority) => `${siteUrl}/data/v1/${authority.slug}.json`),
    );
  });
});
