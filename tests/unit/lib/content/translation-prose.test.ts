import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { factDifferences } from '@/lib/content/prose-facts';

import { translationReviewedCommand } from '../../../../scripts/lib/translation-reviewed';
import { placeFixture, problemsAfter } from '../../helpers';

const notice = 'purposes/testmyndighed/videoovervaagning.md';
const translation = `translations/en/${notice}`;

/** Changes a file of the content folder `root` by replacing `text` with `replacement`. */
function replaceIn(root: string, file: string, text: string, replacement: string) {
  const target = path.join(root, file);
  const source = readFileSync(target, 'utf8');
  if (!source.includes(text)) throw new Error(`${file} does not contain "${text}"`);
  writeFileSync(target, source.replace(text, replacement));
}

/**
 * The problems after the Danish notice's body and its translation's body each end with a sentence, and
 * the translator has marked the body as translated from the new Danish text, as the tooling does.
 */
const problemsWithSentences = (danish: string, english: string) =>
  problemsAfter((root) => {
    writeFileSync(path.join(root, notice), `${readFileSync(path.join(root, notice), 'utf8')}\n${danish}\n`);
    writeFileSync(
      path.join(root, translation),
      `${readFileSync(path.join(root, translation), 'utf8')}\n${english}\n`,
    );
    translationReviewedCommand([translation, 'body'], { root, label: 'content', cwd: root });
  });

const translationFile = `content/${translation}`;
const danishFile = `content/${notice}`;

describe('facts in a translation’s prose', () => {
  it('reports a period the translation states otherwise than the Danish', () => {
    expect(
      problemsAfter((root) => replaceIn(root, translation, 'period: 30 days', 'period: 90 days')),
    ).toEqual([
      `${translationFile}, linje 23: retention (opbevaring), period (periode): oversættelsen siger "90 days", men den danske tekst (${danishFile}) siger "30 dage". Ret tallet i oversættelsen`,
    ]);
  });

  it.each([
    [
      'a changed e-mail address',
      'Skriv til dpo@test.dk.',
      'Write to dpo@tset.dk.',
      `oversættelsen siger "dpo@tset.dk", men den danske tekst (${danishFile}) siger "dpo@test.dk". Ret e-mailadressen i oversættelsen`,
    ],
    [
      'a changed section',
      'Det følger af databeskyttelseslovens § 8.',
      'This follows from section 9 of the Danish Data Protection Act.',
      `oversættelsen siger "section 9", men den danske tekst (${danishFile}) siger "§ 8". Ret paragraffen i oversættelsen`,
    ],
    [
      'another point of the same article',
      'Retsgrundlaget er artikel 6, stk. 1, litra e.',
      'The legal basis is consent (Article 6(1)(a)).',
      `oversættelsen siger "Article 6(1)(a)", men den danske tekst (${danishFile}) siger "artikel 6, stk. 1, litra e". Ret artiklen i oversættelsen`,
    ],
    [
      'a changed web address',
      'Læs mere på https://www.test.dk/persondata.',
      'Read more at https://www.test.dk/privacy.',
      `oversættelsen siger "https://www.test.dk/privacy", men den danske tekst (${danishFile}) siger "https://www.test.dk/persondata". Ret webadressen i oversættelsen`,
    ],
    [
      'a changed phone number',
      'Ring på 35 36 66 00.',
      'Call +45 35 36 66 01.',
      `oversættelsen siger "+45 35 36 66 01", men den danske tekst (${danishFile}) siger "35 36 66 00". Ret telefonnummeret i oversættelsen`,
    ],
  ])('reports %s in the body, on its line', (_, danish, english, message) => {
    expect(problemsWithSentences(danish, english)).toEqual([
      `${translationFile}, linje 53: body (teksten under frontmatter): ${message}`,
    ]);
  });

  it('names the line of the body where the fact stands, not an earlier line with the same word', () => {
    expect(
      problemsWithSentences(
        'Artikel 6, stk. 1, litra e gælder.',
        'Article 6(1)(e) applies.\nSo does Article 6(1)(a).',
      ),
    ).toEqual([
      `${translationFile}, linje 54: body (teksten under frontmatter): oversættelsen siger "Article 6(1)(a)", men den danske tekst (${danishFile}) siger det ikke. Ret eller slet artiklen i oversættelsen`,
    ]);
  });

  it('reports a date the Danish text states and the translation leaves out', () => {
    const danish = 'summary: Vi videoovervåger indgangen fra 1. januar 2020.';
    expect(
      problemsAfter((root) => {
        replaceIn(root, notice, 'summary: Vi videoovervåger indgangen.', danish);
        // A translator who marks the summary as translated without adding the date.
        translationReviewedCommand([translation, 'summary'], { root, label: 'content', cwd: root });
      }),
    ).toEqual([
      `${translationFile}, linje 3: summary (resumé): den danske tekst (${danishFile}) siger "1. januar 2020", men oversættelsen siger det ikke. Skriv datoen i oversættelsen`,
    ]);
  });

  it.each([
    ['artikel 6, stk. 1, litra e', 'Article 6(1)(e)'],
    ['artikel 9, stk. 2, litra f, og artikel 7, stk. 1-3', 'Article 9(2)(f) and Article 7(1)-(3)'],
    ['databeskyttelseslovens § 8, stk. 3', 'section 8(3) of the Danish Data Protection Act'],
    [
      'udlændingelovens §§ 9 c-9 f og § 40 g, stk. 4',
      'sections 9 c-9 f and section 40 g(4) of the Aliens Act',
    ],
    ['den 1. januar 2020 og i maj 2019', 'on 1 January 2020 and in May 2019'],
    ['ring på +45 35 36 66 00', 'call 35366600'],
    ['omkring 20.000 personer, 1,5 procent', 'about 20,000 people, 1.5 per cent'],
    ['Skriv til US@us.dk, se www.nyidanmark.dk/', 'Write to us@us.dk, see https://nyidanmark.dk'],
  ])('counts "%s" and "%s" as the same facts', (danish, english) => {
    expect(factDifferences({ language: 'da', text: danish }, { language: 'en', text: english })).toEqual([]);
  });
});

describe('the term base', () => {
  const withTermBase = (change: (root: string) => void) =>
    problemsAfter((root) => {
      placeFixture(root, 'translations/term-base.md', 'translations/en/termer.md');
      change(root);
    });

  it('warns of a term the term base says to avoid, naming the term to use', () => {
    expect(
      withTermBase((root) => replaceIn(root, translation, 'period: 30 days', 'period: storage for 30 days')),
    ).toEqual([
      `${translationFile}, linje 23 (advarsel): retention (opbevaring), period (periode): bruger "storage", men termlisten (content/translations/en/termer.md) siger "retention" for "opbevaring". Skriv "retention", eller ret termlisten, hvis ordet her betyder noget andet`,
    ]);
  });

  it('passes over a right term that holds a word to avoid', () => {
    expect(
      withTermBase((root) =>
        replaceIn(root, translation, 'Recordings of you.', 'Recordings under a reference number.'),
      ),
    ).toEqual([]);
  });

  it('warns of a term to avoid that holds a right term of another Danish term', () => {
    expect(
      withTermBase((root) =>
        replaceIn(root, translation, 'Recordings of you.', 'Recordings under a file number.'),
      ),
    ).toEqual([
      `${translationFile}, linje 18 (advarsel): sources (kilder), punkt 1, description (beskrivelse): bruger "file number", men termlisten (content/translations/en/termer.md) siger "reference number" for "journalnummer". Skriv "reference number", eller ret termlisten, hvis ordet her betyder noget andet`,
    ]);
  });

  it('refuses a term base that says to avoid the term itself', () => {
    expect(
      withTermBase((root) =>
        replaceIn(root, 'translations/en/termer.md', '      - storage', '      - Retention'),
      ),
    ).toEqual([
      'content/translations/en/termer.md, linje 6: terms (termer), punkt 1, avoid (undgå): nævner selve termen. Slet den fra avoid, ellers advarer tjekket hver gang termen bruges',
    ]);
  });

  it('reads a translation folder with a term base and no term to avoid', () => {
    expect(withTermBase(() => {})).toEqual([]);
  });
});
