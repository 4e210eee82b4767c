import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

import { formatProblem } from '@/lib/content/errors';
import { readContent } from '@/lib/content/load';
import { outdatedFieldsOfFile } from '@/lib/content/translations';

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
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 6: legalBases (retsgrundlag), punkt 1, article (artikel): er ikke et felt, en oversættelse kan have: faste oplysninger som artikler, typer, datoer og adresser står kun i den danske fil. Slet feltet fra oversættelsen`,
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
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 19: recipients (modtagere): listen har 2 punkter, men den danske har 1. Oversættelsen skal have ét punkt for hvert dansk punkt, i samme rækkefølge`,
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
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 24: consentWithdrawal (tilbagetrækning af samtykke): står ikke i den danske fil. Slet det fra oversættelsen`,
    ],
  },
  'a text still marked untranslated, in a field and in the body': {
    fixture: '../translations/left-untranslated.md',
    target: translation,
    expected: [
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 16: dataSubjects (registrerede), punkt 1: "OVERSÆT: …" er ikke oversat endnu. Skriv teksten på engelsk`,
      `content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 45: body (teksten under frontmatter): "OVERSÆT: …" er ikke oversat endnu. Skriv teksten på engelsk`,
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
    expect(video?.body?.html).toContain('<h2 id="about-the-recordings">About the recordings</h2>');
    expect(video?.outdatedFields).toEqual([]);
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

  it('leaves out exactly the fields whose Danish text changed, with a warning for each', () => {
    const reading = inCopyOfValidContent((root) => {
      placeFixture(root, 'translations/danish-notice-changed-later.md', notice);
      return readContent(root);
    });
    const video = reading.content?.translations.en?.[`content/${notice}`];
    expect(video?.outdatedFields).toEqual(['recipients', 'changes']);
    expect(video?.words.title).toBe('Video surveillance');
    expect(video?.words.recipients).toBeUndefined();
    expect(video?.body?.html).toContain('About the recordings');
    expect(outdatedFieldsOfFile(reading.content!.translations, `content/${translation}`)).toEqual([
      'recipients',
      'changes',
    ]);
    expect(reading.problems.map(formatProblem)).toEqual([
      `content/${translation}, linje 19 (advarsel): recipients (modtagere): er ændret på dansk, siden feltet blev oversat, så siden viser den danske tekst. Opdater oversættelsen, og kør npm run translation:reviewed -- content/${translation} recipients`,
      `content/${translation}, linje 25 (advarsel): changes (ændringer): er ændret på dansk, siden feltet blev oversat, så siden viser den danske tekst. Opdater oversættelsen, og kør npm run translation:reviewed -- content/${translation} changes`,
    ]);
  });

  it('takes a field without a fingerprint as out of date', () => {
    const reading = inCopyOfValidContent((root) => {
      const file = path.join(root, translation);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^  title: \w+\n/m, ''));
      return readContent(root);
    });
    expect(reading.content?.translations.en?.[`content/${notice}`]?.outdatedFields).toEqual(['title']);
    expect(reading.problems.map(formatProblem)).toEqual([
      `content/${translation}, linje 2 (advarsel): title (titel): er ikke markeret som oversat fra den danske tekst, der står nu, så siden viser den danske tekst. Opdater oversættelsen, og kør npm run translation:reviewed -- content/${translation} title`,
    ]);
  });

  it('keeps a translation up to date when the Danish file is only reordered and rewrapped', () => {
    const reading = inCopyOfValidContent((root) => {
      const file = path.join(root, notice);
      const [, frontmatter = '', body = ''] = readFileSync(file, 'utf8').split(/^---$/m);
      const data = parse(frontmatter, { schema: 'core' }) as Record<string, unknown>;
      const reordered = Object.fromEntries(Object.entries(data).reverse());
      const rewrapped = body.replace(/ /g, '\n').replace(/\n\n/g, '\n   \n');
      writeFileSync(file, `---\n${stringify(reordered, { lineWidth: 20 })}---\n\n${rewrapped}`);
      return readContent(root);
    });
    expect(reading.problems).toEqual([]);
    expect(reading.content?.translations.en?.[`content/${notice}`]?.outdatedFields).toEqual([]);
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
