import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readContent } from '@/lib/content/load';

import {
  inCopyOfValidContent,
  itReportsEach,
  loadValidFixture,
  placeFixture,
  problemsAfter,
  type BrokenFileCase,
} from '../../helpers';

const notice = 'purposes/testmyndighed/videoovervaagning.md';
const translation = `translations/en/${notice}`;

const cases: Record<string, BrokenFileCase> = {
  'a structured fact written into a translation': {
    fixture: '../translations/structured-fact.md',
    target: translation,
    expected: [
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 7: legalBases (retsgrundlag), punkt 1, article (artikel): er ikke et felt, en oversættelse kan have: faste oplysninger som artikler, typer, datoer og adresser står kun i den danske fil. Slet feltet fra oversættelsen`,
    ],
  },
  'the identification details, a fact, written into a translation': {
    fixture: '../translations/authority-identification-details.md',
    target: 'translations/en/authorities/testmyndighed.md',
    expected: [
      `content/translations/en/authorities/testmyndighed.md, linje 6: identificationDetails (oplysninger til identifikation): er ikke et felt, en oversættelse kan have: faste oplysninger som artikler, typer, datoer og adresser står kun i den danske fil. Slet feltet fra oversættelsen`,
    ],
  },
  'a translated list with one item too many': {
    fixture: '../translations/recipient-too-many.md',
    target: translation,
    expected: [
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 20: recipients (modtagere): listen har 2 punkter, men den danske har 1. Oversættelsen skal have ét punkt for hvert dansk punkt, i samme rækkefølge`,
    ],
  },
  'a field the Danish notice states but the translation leaves out': {
    fixture: '../translations/missing-retention.md',
    target: translation,
    expected: [
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md: retention (opbevaring): mangler i oversættelsen, men står i den danske fil. Oversæt det`,
    ],
  },
  'a field the Danish notice does not have': {
    fixture: '../translations/field-not-in-danish.md',
    target: translation,
    expected: [
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 25: consentWithdrawal (tilbagetrækning af samtykke): står ikke i den danske fil. Slet det fra oversættelsen`,
    ],
  },
  'a translation of a version the Danish notice never had': {
    fixture: '../translations/unknown-date.md',
    target: translation,
    expected: [
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 2: translates (oversat fra versionen): 2026-12-01 er ikke datoen for et punkt i den danske fils changes (2026-11-23). Skriv datoen for det nyeste punkt, du har oversat`,
    ],
  },
  'a text still marked untranslated, in a field and in the body': {
    fixture: '../translations/left-untranslated.md',
    target: translation,
    expected: [
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 17: dataSubjects (registrerede), punkt 1: "OVERSÆT: …" er ikke oversat endnu. Skriv teksten på engelsk`,
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 30: body (teksten under frontmatter): "OVERSÆT: …" er ikke oversat endnu. Skriv teksten på engelsk`,
    ],
  },
  'a translation of a notice that does not exist': {
    fixture: '../valid/translations/en/purposes/testmyndighed/videoovervaagning.md',
    target: 'translations/en/purposes/testmyndighed/findes-ikke.md',
    expected: [
      `content/translations/en/purposes/testmyndighed/findes-ikke.md: oversætter content/purposes/testmyndighed/findes-ikke.md, som ikke findes. En oversættelse skal ligge på samme sti som den danske fil; ret navnet, eller slet filen`,
    ],
  },
};

describe('translations', () => {
  itReportsEach(cases);

  it('reads a translation that lines up with its Danish notice', () => {
    const video = loadValidFixture().translations.en?.[`content/${notice}`];
    expect(video?.words.title).toBe('Video surveillance');
    expect(video?.words.recipients).toEqual([{ name: 'The police', reason: 'investigation' }]);
    expect(video?.body.html).toContain('<h2 id="about-the-recordings">About the recordings</h2>');
    expect(video?.outdatedSince).toBeUndefined();
  });

  it('leaves out a translation with a text still marked untranslated, so the page shows Danish', () => {
    const reading = inCopyOfValidContent((root) => {
      placeFixture(root, 'translations/left-untranslated.md', translation);
      return readContent(root);
    });
    expect(reading.content?.translations.en?.[`content/${notice}`]).toBeUndefined();
  });

  it('reports a broken Danish notice once, not again in its translation', () => {
    expect(problemsAfter((root) => placeFixture(root, 'broken/yaml-syntax-error.md', notice))).toEqual([
      `content/${notice}, linje 3: [ på linjen lukkes ikke med ]. Tilføj ] sidst på linjen, eller skriv listen med ét punkt pr. linje og "- " foran`,
    ]);
  });

  it('reports a folder of a language the site does not speak', () => {
    expect(problemsAfter((root) => mkdirSync(path.join(root, 'translations/fr')))).toEqual([
      'content/translations/fr: er ikke et sprog, sitet kender (en; da er de danske filer selv). Ret mappens navn, eller tilføj sproget i src/config/languages.ts',
    ]);
  });

  it('tells of a translation the Danish notice has changed since, and shows the changed lists in Danish', () => {
    const reading = inCopyOfValidContent((root) => {
      placeFixture(root, 'translations/danish-notice-changed-later.md', notice);
      return readContent(root);
    });
    const video = reading.content?.translations.en?.[`content/${notice}`];
    expect(video?.outdatedSince).toBe('2026-11-28');
    expect(video?.fallbackFields).toEqual(['recipients']);
    expect(video?.words.title).toBe('Video surveillance');
    expect(video?.words.recipients).toBeUndefined();
    expect(reading.problems).toEqual([
      {
        file: `content/${translation}`,
        line: 2,
        field: 'translates',
        warning: true,
        message:
          'oversætter den danske version fra 2026-11-23, men den danske fil er ændret 2026-11-28. Opdater oversættelsen, og skriv translates: 2026-11-28',
      },
    ]);
  });

  it('takes a third language from its folder once the language is configured', () => {
    const reading = inCopyOfValidContent((root) => {
      placeFixture(root, `valid/${translation}`, `translations/xx/${notice}`);
      return readContent(root, 'content', { languages: ['en', 'xx'] });
    });
    expect(reading.problems).toEqual([]);
    expect(reading.content?.translations.xx?.[`content/${notice}`]?.words.title).toBe('Video surveillance');
  });
});
