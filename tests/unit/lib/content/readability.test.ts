import { describe, expect, it } from 'vitest';

import { fleschReadingEase, lix, sentenceCount, syllablesOf, wordsOf } from '@/lib/content/readability';

describe('LIX', () => {
  it('is words per sentence plus the per cent of words over six letters', () => {
    // 9 words, 2 sentences; long: Udlændingestyrelsen, indgangen, sletter, optagelserne.
    expect(lix('Udlændingestyrelsen filmer indgangen. Vi sletter optagelserne efter 30 dage.')).toBe(
      9 / 2 + (100 * 4) / 9,
    );
  });

  it('reads a plain sentence as easy and a legal one as very hard', () => {
    expect(lix('Du kan bede os om at se dine data.')).toBeLessThan(25);
    expect(
      lix(
        'Behandlingen af personoplysninger er nødvendig af hensyn til udførelse af en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse, som den dataansvarlige har fået pålagt.',
      ),
    ).toBeGreaterThan(55);
  });

  it('counts no long words in article references and section signs', () => {
    expect(lix('Grundlaget er artikel 6(1)(e), jf. § 5.')).toBe(6 / 1 + (100 * 2) / 6);
  });
});

describe('Flesch reading ease', () => {
  it('gives "The cat sat on the mat." its textbook score of 116', () => {
    expect(fleschReadingEase('The cat sat on the mat.')).toBeCloseTo(206.835 - 1.015 * 6 - 84.6, 5);
  });

  it('is 206.835 − 1.015 × words per sentence − 84.6 × syllables per word', () => {
    // 10 words in 2 sentences; syllables 1+1+1+2+2 and 1+3+1+1+2: 15.
    expect(fleschReadingEase('We film the service centre. The recordings are kept briefly.')).toBeCloseTo(
      206.835 - 1.015 * (10 / 2) - 84.6 * (15 / 10),
      5,
    );
  });

  it('reads a plain sentence as easy and a legal one as very difficult', () => {
    expect(fleschReadingEase('You can ask us to see the data we hold on you.')).toBeGreaterThan(80);
    expect(
      fleschReadingEase(
        'Processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller.',
      ),
    ).toBeLessThan(30);
  });
});

describe('syllables of English words', () => {
  it.each([
    ['the', 1],
    ['used', 1],
    ['makes', 1],
    ['whole', 1],
    ['table', 2],
    ['centre', 2],
    ['care', 1],
    ['people', 2],
    ['wanted', 2],
    ['police', 2],
    ['uses', 2],
    ['services', 3],
    ['deleted', 3],
    ['surveillance', 3],
    ['agency', 3],
    ['information', 4],
    ['GDPR', 1],
    ['30', 1],
  ])('counts %s as %i', (word, syllables) => {
    expect(syllablesOf(word)).toBe(syllables);
  });
});

describe('words and sentences', () => {
  it('takes a word as what stands between spaces, if it has a letter or a digit', () => {
    expect(wordsOf('Udlændinge- og Integrationsministeriet, jf. § 5 – 6(1)(e).')).toEqual([
      'Udlændinge-',
      'og',
      'Integrationsministeriet,',
      'jf.',
      '5',
      '6(1)(e).',
    ]);
  });

  it('ends a sentence before a capital letter or the end, not after an abbreviation', () => {
    expect(sentenceCount('Vi behandler bl.a. dit navn, jf. stk. 1. Det gør vi: Kort.')).toBe(3);
    expect(sentenceCount('Uden punktum til sidst')).toBe(1);
  });
});
