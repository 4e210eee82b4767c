import { describe, expect, it } from 'vitest';

import { legalBasisIri, rightIri } from '@/lib/open-data/dpv';

describe('the DPV terms', () => {
  it('names legal bases and rights by the GDPR extension’s IRIs', () => {
    expect(legalBasisIri('6(1)(c)')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A6-1-c');
    expect(legalBasisIri('9(2)(g)')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A9-2-g');
    expect(rightIri('access')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A15');
    expect(rightIri('objection')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A21');
    expect(rightIri('withdrawConsent')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A7-3');
  });
});
