import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ContentText } from '@/components/content-text';
import { LanguageSwitch } from '@/components/language-switch';
import { RetentionPeriod } from '@/components/notice/retention-period';
import { TranslationNote } from '@/components/translation-note';
import { setPageLanguage } from '@/i18n';
import type { Localized } from '@/lib/site-content';

import { noticeWith } from './examples';
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

  it('says when the Danish text changed after the translation', () => {
    setPageLanguage('en');
    const outdated: Localized = {
      translation: { language: 'en', state: 'outdated', outdatedSince: '2026-11-28', danishFields: [] },
    };
    const view = readerView(<TranslationNote of={outdated} path={path} />);
    expect(view.headings).toEqual(['The Danish version is newer']);
    expect(view.text).toContain(
      'The Danish version was updated on 28 November 2026 and may say more than this translation. Read the Danish version.',
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
        outdatedSince: '2026-11-28',
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
