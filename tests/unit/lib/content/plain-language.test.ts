import { describe, expect, it } from 'vitest';

import { readabilityWarnings } from '@/lib/content/plain-language';

const file = 'content/purposes/us/video.md';
const fields = (warnings: { field: string }[]) => warnings.map((warning) => warning.field);

describe('the plain-language warning', () => {
  it('warns of a Danish text above LIX 50, not of one at 50', () => {
    // 10 words in one sentence, 4 of them long (LIX 10 + 40), or 5 (LIX 10 + 50).
    const at50 = 'Styrelsen gemmer dine oplysninger og sletter dem efter tre måneder.';
    const at60 = 'Styrelsen gemmer dine oplysninger og sletter dem efter seksten måneder.';
    expect(fields(readabilityWarnings(file, 'da', { summary: at50, purpose: at60 }))).toEqual(['purpose']);
  });

  it('warns of an English text below Flesch 50 and leaves a plain one be', () => {
    const plain = 'We film the entrance to keep staff and visitors safe. We delete the films after 30 days.';
    const hard =
      'Surveillance recordings facilitate investigation of incidents and preservation of evidence.';
    expect(fields(readabilityWarnings(file, 'en', { summary: plain, purpose: hard }))).toEqual(['purpose']);
  });

  it('does not measure a text of fewer than ten words, whose score tells only its word lengths', () => {
    expect(readabilityWarnings(file, 'da', { purpose: 'At besvare henvendelser fra pressen.' })).toEqual([]);
  });

  it('does not measure a language without a rule', () => {
    const hard = 'Udlændingemyndighedernes videoovervågningsanlæg registrerer systematisk personoplysninger.';
    expect(readabilityWarnings(file, 'de', { summary: `${hard} ${hard}` })).toEqual([]);
  });
});
