import { Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { authorityPageSections } from '@/components/authority-page-sections';
import { FirstLayer } from '@/components/notice/first-layer';
import { noticePageSections } from '@/components/notice/notice-page-sections';
import { sectionsFor, type PageSection } from '@/components/page-sections';
import { authoritySectionIds, noticePageIds } from '@/lib/section-ids';
import type { Agreement } from '@/lib/site-content';

import { authorityWith, noticePageFor, noticeWith } from '../components/examples';

/** The ids in the markup of every section a page shows for `data`, and of anything rendered after them. */
function idsOf<Data>(sections: readonly PageSection<Data>[], data: Data, after: ReactNode = null) {
  const markup = renderToStaticMarkup(
    <>
      {sectionsFor(sections, data).map((section) => (
        <Fragment key={section.id}>{section.content}</Fragment>
      ))}
      {after}
    </>,
  );
  return [...markup.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id);
}

// The content check accepts a link to these ids; the pages must have each of them, and no others.
describe('the section ids the content check links against', () => {
  it('are the ids of a notice page with every section shown, its first layer included', () => {
    const notice = noticeWith({
      legalBases: [{ article: '6(1)(f)' }],
      legitimateInterest: 'At beskytte vores ansatte.',
      sources: [{ kind: 'dataSubject', description: 'Dig selv.' }],
      sourceNotes: ['Beskrivelsen står kun på den engelske udgave af siden.'],
    });
    const page = {
      ...noticePageFor(notice),
      samePurpose: [{ notice: noticeWith({ slug: 'andet' }), authorityName: 'Anden myndighed' }],
    };
    const ids = idsOf(noticePageSections, page, <FirstLayer authority={page.authority} notice={notice} />);
    expect([...ids].sort()).toEqual([...noticePageIds].sort());
  });

  it('are the ids of an authority page with every section shown', () => {
    const { rights, complaint } = noticePageFor(noticeWith());
    const agreement: Agreement = {
      slug: 'faelles',
      file: 'content/agreements/faelles.md',
      title: 'Fælles dataansvar for test',
      summary: 'To myndigheder deler ansvaret.',
      parties: ['testmyndigheden', 'anden-myndighed'],
      covers: 'Et fælles system.',
      body: { html: '', headings: [], links: [] },
    };
    const authority = authorityWith();
    const notice = noticeWith();
    const ids = idsOf(authorityPageSections, {
      authority,
      agreements: [agreement],
      rights,
      complaint,
      situations: {
        entries: [{ title: 'Jeg er blevet filmet', entries: [{ notice, authorityName: authority.name }] }],
        lang: undefined,
      },
      authorities: [authority],
      danishNames: new Map([[authority.slug, authority.name]]),
      withdrawn: [{ last: notice, lastDate: '2026-11-01', withdrawn: '2026-11-20' }],
    });
    expect([...ids].sort()).toEqual(Object.values(authoritySectionIds).sort());
  });
});
