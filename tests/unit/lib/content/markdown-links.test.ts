import { describe, expect, it } from 'vitest';

import { noticePageIds } from '@/lib/section-ids';

import {
  authorityFile,
  itReportsEach,
  noticeFile,
  placeFixture,
  problemsAfter,
  type BrokenFileCase,
} from '../../helpers';

const body = `content/${noticeFile}, linje`;
const field = 'body (teksten under frontmatter)';
const noticeIds = noticePageIds.map((id) => `#${id}`).join(', ');

const cases: Record<string, BrokenFileCase> = {
  'an internal link to a page that does not exist': {
    fixture: 'notice-dead-internal-link.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 15: body (teksten under frontmatter): linket /testmyndighed/findes-ikke#afsnit fører ikke til en side på sitet. Ret adressen`,
    ],
  },
  'an internal link in a Markdown field of the frontmatter, at the field’s line': {
    fixture: 'authority-dead-link-in-advice.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}, linje 13: identificationAdvice (råd om identifikation): linket /dine-rettighder fører ikke til en side på sitet. Ret adressen`,
    ],
  },
  'an anchor on the same page that is neither a section nor a heading there': {
    fixture: 'notice-anchor-on-same-page.md',
    target: noticeFile,
    expected: [
      `${body} 17: ${field}: linket #sletning fører ikke til et afsnit på siden. Brug et af disse: ${noticeIds}, #sådan-gemmer-vi`,
    ],
  },
  'anchors on other pages that those pages do not have': {
    fixture: 'notice-anchor-on-other-page.md',
    target: noticeFile,
    expected: [
      `${body} 16: ${field}: linket /dine-rettigheder#indsigt fører til /dine-rettigheder, men den side har intet afsnit med ankeret "indsigt". Brug et af disse: #access, #rectification, #erasure, #restriction, #objection, #portability, #withdrawConsent, #automatedDecisions`,
      `${body} 16: ${field}: linket /oversigt#andet fører til /oversigt, men den side har intet afsnit med ankeret "andet". Brug et af disse: #emner, #test`,
    ],
  },
};

describe('links between and within pages', () => {
  itReportsEach(cases);

  it('checks an anchor in an authority’s advice on every page that shows it, its notices’ too', () => {
    const problems = problemsAfter((root) => {
      placeFixture(root, 'broken/authority-anchor-not-on-notices.md', authorityFile);
      placeFixture(root, 'broken/valid-notice.md', 'purposes/brudt-myndighed/formaal.md');
    });
    expect(problems).toEqual([
      `content/${authorityFile}, linje 13: identificationAdvice (råd om identifikation): linket #formaal fører ikke til et afsnit på /brudt-myndighed/formaal, hvor teksten også står. Brug et af disse: #dine-rettigheder, #kontakt, #databeskyttelsesraadgiver, #klage`,
    ]);
  });

  it('leaves an anchor on a page whose file has an error to that file’s own error', () => {
    const problems = problemsAfter((root) => {
      placeFixture(root, 'broken/notice-missing-title.md', noticeFile);
      placeFixture(root, 'broken/notice-anchor-to-broken-notice.md', 'purposes/testmyndighed/henviser.md');
    });
    expect(problems).toEqual([`content/${noticeFile}: title (titel): feltet mangler. Tilføj det`]);
  });
});
