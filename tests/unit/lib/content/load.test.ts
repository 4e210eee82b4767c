import { describe, expect, it } from 'vitest';

import { loadValidFixture } from '../../helpers';

const content = loadValidFixture();
const [first, second] = content.authorities;
const video = first?.purposes.find((purpose) => purpose.slug === 'videoovervaagning');

describe('loading a valid content folder', () => {
  it('orders authorities by their order field, taking slugs from file names', () => {
    expect(content.authorities.map((authority) => authority.slug)).toEqual([
      'testmyndighed',
      'anden-myndighed',
    ]);
  });

  it('groups purposes under the authority named by their folder, in their order', () => {
    expect(first?.purposes.map((purpose) => [purpose.slug, purpose.authority])).toEqual([
      ['minimal', 'testmyndighed'],
      ['videoovervaagning', 'testmyndighed'],
    ]);
    expect(second?.purposes).toEqual([]);
  });

  it('keeps dates as written', () => {
    expect(video?.lastReviewed).toBe('2026-11-23');
  });

  it('keeps structured legal bases', () => {
    expect(video?.legalBases).toEqual([{ article: '6(1)(e)', law: 'testloven § 1' }]);
    expect(video?.dataProtectionActBases).toEqual([{ section: '§ 8', detail: 'stk. 1' }]);
  });

  it('tells an empty list of transfers (none) from a missing one (not stated)', () => {
    expect(video?.transfers).toEqual([]);
    expect(first?.purposes[0]?.transfers).toBeUndefined();
  });

  it('renders bodies and Markdown fields to HTML', () => {
    expect(video?.body.html).toContain('<h2 id="om-optagelserne">Om optagelserne</h2>');
    expect(video?.body.html).toContain('<table>');
    expect(first?.intro.html).toBe('<p>Testmyndigheden behandler personoplysninger.</p>');
    expect(first?.identificationAdviceHtml).toBe('<p>Oplys dit sagsnummer.</p>');
    expect(content.rights.rights[0]?.explanationHtml).toBe('<p>Forklaring af access.</p>');
  });

  it('reads agreements with their parties', () => {
    expect(content.agreements.map((agreement) => [agreement.slug, agreement.parties])).toEqual([
      ['faelles', ['testmyndighed', 'anden-myndighed']],
    ]);
  });

  it('reads the shared texts', () => {
    expect(content.rights.rights).toHaveLength(8);
    expect(content.complaint.supervisoryAuthority.contact.phone).toBe('33 19 32 00');
  });
});
