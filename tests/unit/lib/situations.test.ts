import { describe, expect, it } from 'vitest';

import type { Content } from '@/lib/content/types';
import { situationsWithNotices } from '@/lib/situations';

import { authorityWith, noticeWith } from '../components/examples';

const video = noticeWith({ slug: 'videoovervaagning', title: 'Videoovervågning' });
const phone = noticeWith({ slug: 'telefon', title: 'Telefonsamtaler' });
const other = authorityWith({ slug: 'anden', name: 'Anden myndighed', notices: [] });
const content = {
  authorities: [authorityWith({ notices: [video, phone] }), other],
  situations: {
    file: 'content/shared/situationer.md',
    title: 'Hvad er din situation?',
    summary: 'Vælg.',
    body: { html: '', headings: [], links: [] },
    situations: [
      { title: 'Jeg er blevet filmet', notices: ['testmyndigheden/videoovervaagning'] },
      { title: 'Jeg har ringet', notices: ['testmyndigheden/telefon', 'testmyndigheden/videoovervaagning'] },
    ],
  },
} satisfies Pick<Content, 'authorities' | 'situations'>;

describe('the readers’ situations', () => {
  it('lead to the notices they name, in the file’s order, with the authority’s name', () => {
    const situations = situationsWithNotices(content);
    expect(situations.map((situation) => situation.title)).toEqual([
      'Jeg er blevet filmet',
      'Jeg har ringet',
    ]);
    expect(situations[1]!.entries.map(({ notice, authorityName }) => [notice.title, authorityName])).toEqual([
      ['Telefonsamtaler', 'Testmyndigheden'],
      ['Videoovervågning', 'Testmyndigheden'],
    ]);
  });

  it('on an authority’s page are only those that name one of its notices', () => {
    expect(situationsWithNotices(content, 'testmyndigheden')).toHaveLength(2);
    expect(situationsWithNotices(content, 'anden')).toEqual([]);
  });
});
