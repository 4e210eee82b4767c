import { describe, expect, it } from 'vitest';

import { authorityExport } from '@/lib/open-data/export';
import { authorityJsonLd } from '@/lib/open-data/json-ld';

import { loadValidFixture } from '../../helpers';

const siteUrl = 'https://persondata.example';
const fixture = loadValidFixture();

describe('the JSON-LD document of an authority', () => {
  it('describes each notice as a dpv:Process of the controller in the JSON-LD twin', () => {
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
