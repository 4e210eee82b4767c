import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadContent, readContent } from '@/lib/content/load';

import {
  authorityFile,
  inCopyOfValidContent,
  itReportsEach,
  loadRealContent,
  loadValidFixture,
  noticeFile,
  placeFixture,
  problemsAfter,
  projectRoot,
  type BrokenFileCase,
} from '../../helpers';

const content = loadValidFixture();
const [first, second] = content.authorities;
const noticeNamed = (slug: string) => first?.notices.find((notice) => notice.slug === slug);
const video = noticeNamed('videoovervaagning');
const minimal = noticeNamed('minimal');

describe('loading a valid content folder', () => {
  it('orders authorities by their order field, taking slugs from file names', () => {
    expect(content.authorities.map((authority) => authority.slug)).toEqual([
      'testmyndighed',
      'anden-myndighed',
    ]);
  });

  it('groups notices under the authority named by their folder, in their order', () => {
    expect(first?.notices.map((notice) => [notice.slug, notice.authority])).toEqual([
      ['minimal', 'testmyndighed'],
      ['videoovervaagning', 'testmyndighed'],
    ]);
    expect(second?.notices).toEqual([]);
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
    expect(minimal).toBeDefined();
    expect(minimal?.transfers).toBeUndefined();
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

const cases: Record<string, BrokenFileCase> = {
  'a notice in the folder of an unknown authority': {
    fixture: 'valid-notice.md',
    target: 'purposes/ukendt-myndighed/brudt.md',
    expected: [
      `content/purposes/ukendt-myndighed: mappen har ikke navn efter en myndighed. Navnet skal svare til en fil i content/authorities (anden-myndighed, testmyndighed)`,
    ],
  },
  'an authority whose slug duplicates the address of another page': {
    fixture: 'valid-authority.md',
    target: 'authorities/dine-rettigheder.md',
    expected: [
      `content/authorities/dine-rettigheder.md: filnavnet "dine-rettigheder" ville give adressen /dine-rettigheder, som siden allerede bruger. Giv filen et andet navn`,
    ],
  },
  'an authority whose feed would replace the site feed': {
    fixture: 'valid-authority.md',
    target: 'authorities/alle.md',
    expected: [
      `content/authorities/alle.md: filnavnet "alle" ville give adressen /aendringer/alle.xml, som siden allerede bruger. Giv filen et andet navn`,
    ],
  },
  'an authority whose open data would replace the JSON Schema': {
    fixture: 'valid-authority.md',
    target: 'authorities/schema.md',
    expected: [
      `content/authorities/schema.md: filnavnet "schema" ville give adressen /data/v1/schema.json, som siden allerede bruger. Giv filen et andet navn`,
    ],
  },
  'an unknown shared text': {
    fixture: 'valid-notice.md',
    target: 'shared/ekstra.md',
    expected: [
      `content/shared/ekstra.md: er ikke en af de fælles tekster. Mappen må kun indeholde rettigheder.md, klage-til-datatilsynet.md, emner.md, situationer.md; flyt eller slet filen`,
    ],
  },
  'an unexpected entry at the top of the content folder': {
    fixture: 'valid-notice.md',
    target: 'formaal.md',
    expected: [
      `content/formaal.md: hører ikke til her. Indholdsmappen rummer kun README.md, authorities, purposes, agreements, shared, translations; flyt eller slet den`,
    ],
  },
};

describe('loading a broken content folder', () => {
  itReportsEach(cases);

  it('reports a content folder that does not exist', () => {
    expect(() => loadContent(path.join(projectRoot, 'does-not-exist'))).toThrow(
      'Indholdet har 1 fejl:\n- content: indholdsmappen mangler eller er tom',
    );
  });

  it('lists every problem of every file in one error', () => {
    const problems = problemsAfter((root) => {
      placeFixture(root, 'broken/notice-missing-title.md', noticeFile);
      placeFixture(root, 'broken/authority-unknown-kind.md', authorityFile);
      placeFixture(root, 'broken/empty.md', 'agreements/tom.md');
    });
    expect(problems).toEqual([
      `content/${authorityFile}, linje 6: kind (type): "ministry" er ikke en af de mulige værdier. Skriv en af: department, agency`,
      `content/${noticeFile}: title (titel): feltet mangler. Tilføj det`,
      'content/agreements/tom.md: filen er tom. Den skal begynde med frontmatter mellem to linjer med "---"',
    ]);
  });
});

describe('a mistake in one file', () => {
  const brokenAuthority = (root: string) =>
    placeFixture(root, 'broken/authority-unknown-kind.md', 'authorities/testmyndighed.md');

  it('is reported against that file only, not against the notices, agreements and links that name it', () => {
    expect(problemsAfter(brokenAuthority)).toEqual([
      'content/authorities/testmyndighed.md, linje 6: kind (type): "ministry" er ikke en af de mulige værdier. Skriv en af: department, agency',
    ]);
  });

  it('leaves the rest of the site readable from the valid files', () => {
    const { content } = inCopyOfValidContent((root) => {
      brokenAuthority(root);
      return readContent(root);
    });
    expect(content?.authorities.map((authority) => authority.slug)).toEqual(['anden-myndighed']);
    expect(content?.agreements.map((agreement) => agreement.slug)).toEqual(['faelles']);
  });
});

describe('a file with only warnings', () => {
  const { loaded, problems } = inCopyOfValidContent((root) => {
    placeFixture(root, 'broken/notice-list-item-without-dash.md', noticeFile);
    return { loaded: loadContent(root), problems: readContent(root).problems };
  });

  it('loads for publication: a warning does not stop the build', () => {
    expect(loaded.authorities[0]?.notices.map((notice) => notice.slug)).toContain('brudt');
  });

  it('is still reported, as a warning', () => {
    expect(problems).not.toEqual([]);
    expect(problems.every((problem) => problem.warning)).toBe(true);
  });
});

describe('the real content folder', () => {
  it('loads without problems', () => {
    expect(loadRealContent().authorities.length).toBeGreaterThan(0);
  });
});
