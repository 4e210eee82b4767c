import { describe, expect, it } from 'vitest';

import { fieldInForm, inFormWords, problemInForm, saveFailure, saveRefusal } from '@/lib/editor/form-words';

const notice = 'content/purposes/testmyndighed/videoovervaagning.md';

describe('a check message in the web editor', () => {
  it('names a field by the labels that lead to it in the form', () => {
    expect(fieldInForm('retention.period')).toBe('Opbevaring › Periode');
    expect(fieldInForm('changes[1].date')).toBe('Ændringer › punkt 2 › Dato');
    expect(fieldInForm('body')).toBe('Brødtekst');
  });

  it('names the fields it mentions by their labels, not as the file writes them', () => {
    expect(
      inFormWords(
        'sources (kilder) og retention (opbevaring) er ændret i forhold til den offentliggjorte version; tilføj et punkt under changes med dagens dato og en kort note om, hvad der er ændret',
      ),
    ).toBe(
      '»Kilder« og »Opbevaring« er ændret i forhold til den offentliggjorte version; tilføj et punkt under »Ændringer« med dagens dato og en kort note om, hvad der er ændret',
    );
    expect(inFormWords('teksten er 311 tegn. Flyt detaljer ned i teksten under frontmatter')).toBe(
      'teksten er 311 tegn. Flyt detaljer ned i brødteksten',
    );
  });

  it('tells a problem by its field, then what is wrong', () => {
    expect(problemInForm({ field: 'title', message: 'feltet mangler. Tilføj det' })).toBe(
      'Titel: feltet mangler. Tilføj det',
    );
  });

  it('refuses a save without paths, YAML names or error codes, naming another file only by its name', () => {
    const message = saveRefusal(
      [
        {
          file: notice,
          line: 35,
          field: 'changes',
          message: 'retention (opbevaring) er ændret; tilføj et punkt under changes',
        },
        {
          file: 'content/authorities/testmyndighed.md',
          field: 'name',
          message: 'feltet mangler. Tilføj det',
        },
      ],
      [notice],
    );
    expect(message).toBe(
      [
        'Dokumentet er ikke gemt. Ret dette, og gem igen:',
        '– Ændringer: »Opbevaring« er ændret; tilføj et punkt under »Ændringer«',
        '– I testmyndighed.md, som ændringen påvirker: Navn: feltet mangler. Tilføj det',
      ].join('\n'),
    );
    expect(message).not.toMatch(/content\/|API_ERROR|retention|changes/);
  });
});

describe('a failed save in the web editor', () => {
  it('tells the save path’s refusal as it is, without Decap’s error code', () => {
    const refusal = Object.assign(new Error('Dokumentet er ikke gemt. Ret dette, og gem igen:\n– Titel: …'), {
      name: 'API_ERROR',
      status: 422,
    });
    expect(saveFailure(refusal)).toBe('Dokumentet er ikke gemt. Ret dette, og gem igen:\n– Titel: …');
  });

  it('says what to do when the editor’s server did not answer', () => {
    expect(saveFailure(new TypeError('Failed to fetch'))).toBe(
      'Dokumentet er ikke gemt: redigeringsværktøjet på din maskine tog ikke imod det (Failed to fetch). Tjek, at npm run edit stadig kører, og gem igen.',
    );
  });
});
