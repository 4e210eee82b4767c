import { readFileSync, writeFileSync } from 'node:fs';
import { join as pathOf } from 'node:path';

import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ContentText } from '@/components/content-text';
import { LanguageSwitch } from '@/components/language-switch';
import { RetentionPeriod } from '@/components/notice/retention-period';
import { TranslationNote } from '@/components/translation-note';
import { setPageLanguage } from '@/i18n';
import { dictionaries } from '@/i18n/dictionaries';
import { contentFiles, contentKinds } from '@/lib/content/content-files';
import { readContent } from '@/lib/content/load';
import { trackedFields } from '@/lib/content/source-fingerprints';
import { noticeSectionIds } from '@/lib/section-ids';
import type { Localized } from '@/lib/site-content';
import { contentIn } from '@/lib/site-content/localize';

import { inCopyOfValidContent } from '../helpers';
import { noticePageFor, noticeSection, noticeWith } from './examples';
import { readerView } from './reader-view';

const path = '/udlaendingestyrelsen/videoovervaagning';

// setPageLanguage must last the whole file, as it lasts a whole server render.
vi.mock('react', async (original) => (await import('../one-request')).reactWithOneRequest(original));

describe('a page in another language', () => {
  afterEach(() => setPageLanguage('da'));

  it('says that a text without a translation is shown in Danish, and leads to the Danish page', () => {
    setPageLanguage('en');
    const view = readerView(
      <TranslationNote
        of={{ translation: { language: 'en', state: 'missing', danishFields: 'all' } }}
        path={path}
      />,
    );
    expect(view.headings).toEqual(['This text is only available in Danish']);
    expect(view.text).toContain(
      'The headings, the legal bases and your rights are in English; names, the titles of laws and the rest of the text are in Danish.',
    );
    expect(view.links).toEqual([{ text: 'Read the Danish version', href: path }]);
  });

  it('names the parts shown in Danish because the Danish text changed after the translation', () => {
    setPageLanguage('en');
    const outdated: Localized = {
      translation: { language: 'en', state: 'outdated', danishFields: ['recipients', 'retention', 'body'] },
    };
    const view = readerView(<TranslationNote of={outdated} path={path} />);
    expect(view.headings).toEqual(['Parts of this page are shown in Danish']);
    expect(view.text).toContain(
      'These parts have changed in Danish since this page was translated, so they are shown in Danish until the translation is updated: the recipients, how long the data is kept and the main text. Read the Danish version.',
    );
    expect(view.links).toEqual([{ text: 'Read the Danish version', href: path }]);
  });

  it('can name every field of every kind of content file, in every language', () => {
    const fields = contentKinds.flatMap((kind) => trackedFields(contentFiles[kind].translationSchema));
    for (const [language, dictionary] of Object.entries(dictionaries))
      expect([language, fields.filter((field) => !dictionary.translation.parts[field])]).toEqual([
        language,
        [],
      ]);
  });

  // The page's own parts, rendered over the content as the loader and localize give it (the end-to-end
  // suite runs on the real content only, so this stands in for a browser test of a changed Danish field).
  it('shows a field changed in Danish since its translation in Danish, marked, never the old English', () => {
    setPageLanguage('en');
    const reading = inCopyOfValidContent((root) => {
      const file = pathOf(root, 'purposes/testmyndighed/videoovervaagning.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('period: 30 dage', 'period: 60 dage'));
      return readContent(root);
    });
    const authority = contentIn(reading.content!, 'en').authorities[0]!;
    const notice = authority.notices.find((candidate) => candidate.slug === 'videoovervaagning')!;
    const retention = renderToStaticMarkup(
      noticeSection(noticePageFor(notice, authority), noticeSectionIds.retention),
    );
    expect(retention).toContain('<span lang="da">60 dage efter optagelsen</span>');
    expect(retention).not.toContain('30 days');
    expect(readerView(<TranslationNote of={notice} path={path} />).text).toContain(
      'shown in Danish until the translation is updated: how long the data is kept.',
    );
  });

  it('says nothing where the text is translated, or on a Danish page', () => {
    const translated: Localized = { translation: { language: 'en', state: 'translated', danishFields: [] } };
    expect(renderToStaticMarkup(<TranslationNote of={translated} path={path} />)).toBe('');
    expect(renderToStaticMarkup(<TranslationNote of={{}} path={path} />)).toBe('');
  });

  it('marks a Danish text as Danish, and only that one', () => {
    const outdated: Localized = {
      translation: {
        language: 'en',
        state: 'outdated',
        danishFields: ['recipients'],
      },
    };
    expect(
      renderToStaticMarkup(
        <ContentText of={outdated} field="recipients">
          Politiet
        </ContentText>,
      ),
    ).toBe('<span lang="da">Politiet</span>');
    expect(
      renderToStaticMarkup(
        <ContentText of={outdated} field="title">
          Video
        </ContentText>,
      ),
    ).toBe('Video');
  });

  it('words a period of a number and a unit in the page’s language, even in a text not translated yet', () => {
    setPageLanguage('en');
    const notice = noticeWith({
      retention: { duration: { amount: 30, unit: 'days' } },
      translation: { language: 'en', state: 'missing', danishFields: 'all' },
    });
    const markup = renderToStaticMarkup(<RetentionPeriod notice={notice} />);
    expect(markup).toBe('30 days');
    const inWords = noticeWith({
      retention: { period: '30 dage efter optagelsen' },
      translation: notice.translation,
    });
    expect(renderToStaticMarkup(<RetentionPeriod notice={inWords} />)).toBe(
      '<span lang="da">30 dage efter optagelsen</span>',
    );
  });

  it('offers the same page in every language, each named in its own language', () => {
    setPageLanguage('en');
    const html = renderToStaticMarkup(<LanguageSwitch path={path} />);
    expect(readerView(<LanguageSwitch path={path} />).links).toEqual([
      { text: 'Dansk', href: path },
      { text: 'English', href: `/en${path}` },
    ]);
    expect(html).toContain(
      '<a href="/en/udlaendingestyrelsen/videoovervaagning" lang="en" hrefLang="en" aria-current="true">',
    );
    expect(html).toContain('aria-label="Language"');
  });
});
