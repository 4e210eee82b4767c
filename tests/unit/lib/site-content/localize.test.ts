import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readContent } from '@/lib/content/load';
import { contentIn, langOfText } from '@/lib/site-content/localize';

import { inCopyOfValidContent, loadValidFixture, placeFixture } from '../../helpers';

const noticeOf = (content: ReturnType<typeof loadValidFixture>, slug: string) =>
  content.authorities
    .find((authority) => authority.slug === 'testmyndighed')!
    .notices.find((notice) => notice.slug === slug)!;

describe('the content in another language', () => {
  const danish = loadValidFixture();
  const english = contentIn(danish, 'en');

  it('is the content itself in the source language', () => {
    expect(contentIn(danish, 'da')).toBe(danish);
  });

  it('takes the translation’s words and keeps every fact of the Danish notice', () => {
    const notice = noticeOf(english, 'videoovervaagning');
    const original = noticeOf(danish, 'videoovervaagning');
    expect(notice.title).toBe('Video surveillance');
    expect(notice.recipients).toEqual([{ name: 'The police', reason: 'investigation' }]);
    expect(notice.legalBases).toEqual([{ article: '6(1)(e)', law: 'Test Act, section 1' }]);
    expect(notice.legalBases?.[0]?.article).toBe(original.legalBases?.[0]?.article);
    expect(notice.changes.map((change) => change.date)).toEqual(
      original.changes.map((change) => change.date),
    );
    expect(notice.translation).toEqual({ language: 'en', state: 'translated', danishFields: [] });
    expect(langOfText(notice, 'title')).toBeUndefined();
  });

  it('keeps a recipient’s name in running text, which only the translation states', () => {
    const reading = inCopyOfValidContent((root) => {
      const file = path.join(root, 'translations/en/purposes/testmyndighed/videoovervaagning.md');
      const text = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        text.replace('- name: The police\n', '- name: Police\n    nameInText: the police\n'),
      );
      return readContent(root);
    });
    expect(noticeOf(contentIn(reading.content!, 'en'), 'videoovervaagning').recipients).toEqual([
      { name: 'Police', nameInText: 'the police', reason: 'investigation' },
    ]);
  });

  it('leads the links of a translated text to the pages in its language', () => {
    const html = noticeOf(english, 'videoovervaagning').body.html;
    expect(html).toContain('href="/en/dine-rettigheder#access"');
    expect(noticeOf(danish, 'videoovervaagning').body.html).toContain('href="/dine-rettigheder#access"');
  });

  it('shows a notice without a translation in Danish, marked as Danish, with links to the pages in the language', () => {
    const notice = noticeOf(english, 'minimal');
    expect(notice.title).toBe(noticeOf(danish, 'minimal').title);
    expect(notice.translation).toEqual({ language: 'en', state: 'missing', danishFields: 'all' });
    expect(langOfText(notice, 'title')).toBe('da');
    expect(langOfText(noticeOf(danish, 'minimal'), 'title')).toBeUndefined();
  });

  it('shows the fields whose Danish text changed since the translation in Danish, and only those', () => {
    const reading = inCopyOfValidContent((root) => {
      placeFixture(
        root,
        'translations/danish-notice-changed-later.md',
        'purposes/testmyndighed/videoovervaagning.md',
      );
      return readContent(root);
    });
    const notice = noticeOf(contentIn(reading.content!, 'en'), 'videoovervaagning');
    expect(notice.translation).toEqual({
      language: 'en',
      state: 'outdated',
      danishFields: ['recipients', 'changes'],
    });
    expect(notice.title).toBe('Video surveillance');
    expect(notice.recipients?.map((recipient) => recipient.name)).toEqual(['Politiet', 'Anklagemyndigheden']);
    expect(langOfText(notice, 'recipients')).toBe('da');
    expect(langOfText(notice, 'title')).toBeUndefined();
  });
});
