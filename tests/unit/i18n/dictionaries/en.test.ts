import { isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { gdprProvision } from '@/i18n/citations';
import { da } from '@/i18n/dictionaries/da';
import { en } from '@/i18n/dictionaries/en';

/** The same words in both languages, on purpose: names and terms a foreign reader meets as they are. */
const sameInBoth = new Set(['contact.digitalPost', 'footer.cookies']);

const sample = 'X';

// Formatters, not phrases: each is tested below with real input.
const formatters = new Set(['formatDate', 'formatDuration', 'list', 'nameForms']);

/** Every text of a dictionary by its key path; a phrase with parameters is called with placeholders. */
function textsOf(dictionary: object, prefix = ''): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(dictionary)) {
    const path = `${prefix}${key}`;
    if (formatters.has(path)) continue;
    if (typeof value === 'string') texts.set(path, value);
    else if (typeof value === 'function')
      texts.set(path, asText((value as (...args: unknown[]) => unknown)(sample, sample, sample, sample)));
    else for (const [inner, text] of textsOf(value as object, `${path}.`)) texts.set(inner, text);
  }
  return texts;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join('');
  if (isValidElement(value)) return renderToStaticMarkup(value as ReactNode);
  return String(value);
}

describe('the English dictionary', () => {
  const danish = textsOf(da);
  const english = textsOf(en);

  it('has no empty text', () => {
    expect([...english].filter(([, text]) => text.replace(sample, '').trim() === '')).toEqual([]);
  });

  it('says nothing in Danish words, except the names it keeps on purpose', () => {
    const same = [...english].filter(([key, text]) => text === danish.get(key)).map(([key]) => key);
    expect(same.sort()).toEqual([...sameInBoth].sort());
  });

  it('cites the regulation the English way', () => {
    expect(en.notice.gdprArticle(gdprProvision('6(1)(e)'))).toBe('Article 6(1)(e) GDPR');
    expect(en.notice.dataProtectionAct(8)).toBe(
      'Section 8 of the Danish Data Protection Act (databeskyttelsesloven)',
    );
    expect(en.formatDate('2026-11-23')).toBe('23 November 2026');
    expect(en.list(['a', 'b', 'c']).join('')).toBe('a, b and c');
  });
});
