import { appendFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent } from '@/lib/content/check';

import { buildReport } from '../../../../scripts/lib/editor-report';
import { formatReport } from '../../../../scripts/lib/editor-report-text';
import { checkWithEveryTranslationState, inCopyOfValidContent, placeFixture } from '../../helpers';

/**
 * The report on the valid fixture set with a YAML error, a dead link, a warning and a declared gap, in
 * three notices besides minimal.md, which lacks seven elements, and videoovervaagning.md, which is complete.
 */
const report = inCopyOfValidContent((root) => {
  placeFixture(root, 'broken/yaml-syntax-error.md', 'purposes/testmyndighed/brudt.md');
  placeFixture(
    root,
    'incomplete/legitimate-interest-not-described.md',
    'purposes/testmyndighed/interesse.md',
  );
  appendFileSync(path.join(root, 'purposes/testmyndighed/interesse.md'), '\nSe [x](/findes-ikke).\n');
  placeFixture(root, 'incomplete/gap-declared.md', 'purposes/testmyndighed/mangel.md');
  const check = checkContent(root, 'content', { today: '2026-11-24' });
  return buildReport(check, {
    today: '2026-11-24',
    changeNotes: 'Ændringsnoterne er tjekket mod den offentliggjorte version: main (0123456).',
  });
});

const missing = (field: string, words: string, what: string, element = field) =>
  `content/purposes/testmyndighed/minimal.md: ${field} (${words}): ${what}. Tilføj det, eller skriv "${element}" under knownGaps med en begrundelse for, at det ikke er offentliggjort`;

const errors = [
  '10 fejl, som skal rettes:',
  '',
  'content/purposes/testmyndighed/brudt.md, linje 3: [ på linjen lukkes ikke med ]. Tilføj ] sidst på linjen, eller skriv listen med ét punkt pr. linje og "- " foran',
  '',
  'content/purposes/testmyndighed/interesse.md: legitimateInterest (legitim interesse): artikel 6, stk. 1, litra f, er et grundlag, så den legitime interesse skal beskrives (artikel 13, stk. 1, litra d, og 14, stk. 2, litra b). Tilføj det, eller skriv "legitimateInterest" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
  'content/purposes/testmyndighed/interesse.md, linje 30: body (teksten under frontmatter): linket /findes-ikke fører ikke til en side på sitet. Ret adressen',
  '',
  missing(
    'legalBases',
    'retsgrundlag',
    'der står ikke noget retsgrundlag efter artikel 6, stk. 1 (artikel 13, stk. 1, litra c, og 14, stk. 1, litra c)',
    'legalBasis',
  ),
  missing(
    'sources',
    'kilder',
    'meddelelsen siger ikke, hvor oplysningerne kommer fra (artikel 14, stk. 2, litra f)',
  ),
  missing(
    'dataCategories',
    'kategorier af oplysninger',
    'oplysninger, der kan komme fra andre end personen selv, skal have deres kategorier angivet (artikel 14, stk. 1, litra d)',
  ),
  missing(
    'provisionRequirement',
    'pligt til at give oplysningerne',
    'når oplysningerne kan komme fra personen selv, skal meddelelsen sige, om personen har pligt til at give dem, og hvad der sker, hvis de ikke gives (artikel 13, stk. 2, litra e)',
  ),
  missing(
    'recipients',
    'modtagere',
    'modtagerne står der ikke; skriv recipients: [], hvis der ingen er (artikel 13, stk. 1, litra e, og 14, stk. 1, litra e)',
  ),
  missing(
    'transfers',
    'overførsler',
    'der står ikke, om oplysningerne overføres til lande uden for EU/EØS; skriv transfers: [], hvis de ikke gør (artikel 13, stk. 1, litra f, og 14, stk. 1, litra f)',
  ),
  missing(
    'retention',
    'opbevaring',
    'meddelelsen siger ikke, hvor længe oplysningerne opbevares (artikel 13, stk. 2, litra a, og 14, stk. 2, litra a)',
  ),
];

const warnings = [
  '1 advarsel, som ikke stopper offentliggørelsen:',
  '',
  'content/purposes/testmyndighed/interesse.md, linje 7: legalBases (retsgrundlag): bruger artikel 6, stk. 1, litra f, som en offentlig myndighed ikke kan bruge til at udføre sine opgaver (artikel 6, stk. 1, sidste afsnit). Tjek grundlaget',
];

const summary = [
  'Oversigt over formålene:',
  '  Testmyndigheden: 5 formål – 1 komplet, 1 med erklærede mangler, 3 med fejl; 0 skal gennemgås',
  '    engelsk: 1 oversat, 0 forældet, 4 mangler',
  '  Anden Myndighed: ingen formål',
  '  Andre filer (myndigheder, ordninger og fælles tekster) – engelsk: 6 mangler',
];

const gaps =
  '1 erklæret mangel i 1 fil (knownGaps): siderne siger åbent, at oplysningen ikke er offentliggjort, og hvorfor.';

const untranslated =
  '10 oversættelser er forældede eller mangler; hvor en oversættelse mangler, viser siden dansk.';

describe('the editor report as text', () => {
  it('prints errors first, grouped by file, then warnings, the summary, a count of gaps and the verdict', () => {
    expect(formatReport(report).split('\n')).toEqual([
      ...errors,
      '',
      ...warnings,
      '',
      ...summary,
      '',
      `${gaps} Se dem alle med npm run check:content -- --verbose`,
      '',
      `${untranslated} Se dem alle med npm run check:content -- --verbose`,
      '',
      '10 fejl skal rettes, før indholdet kan offentliggøres.',
    ]);
  });

  it('lists every declared gap, every missing translation and what the change notes were compared with when verbose', () => {
    expect(
      formatReport(report, { verbose: true })
        .split('\n')
        .slice(errors.length + warnings.length + 2),
    ).toEqual([
      ...summary,
      '',
      gaps,
      '',
      'content/purposes/testmyndighed/mangel.md',
      '  retention (opbevaringsperiode): Opbevaringsperioden er ikke fastlagt.',
      '',
      untranslated,
      '',
      'engelsk, mangler (begynd et formåls oversættelse med npm run new:purpose -- <myndighed> <filnavn> --translation en):',
      '  content/purposes/testmyndighed/minimal.md',
      '  content/purposes/testmyndighed/interesse.md',
      '  content/purposes/testmyndighed/mangel.md',
      '  content/purposes/testmyndighed/brudt.md',
      '  content/authorities/testmyndighed.md',
      '  content/authorities/anden-myndighed.md',
      '  content/agreements/faelles.md',
      '  content/shared/rettigheder.md',
      '  content/shared/klage-til-datatilsynet.md',
      '  content/shared/emner.md',
      '',
      'Ændringsnoterne er tjekket mod den offentliggjorte version: main (0123456).',
      '',
      '10 fejl skal rettes, før indholdet kan offentliggøres.',
    ]);
  });

  it('names an out-of-date translation by its file, a missing one by its Danish file, and counts one with errors', () => {
    const changed = buildReport(checkWithEveryTranslationState(), {
      today: '2026-11-28',
      files: ['content/purposes'],
    });
    const lines = formatReport(changed, { verbose: true }).split('\n');
    expect(lines).toContain('    engelsk: 0 oversat, 1 forældet, 1 mangler, 1 med fejl');
    expect(lines.slice(-9)).toEqual([
      '2 oversættelser er forældede eller mangler; hvor en oversættelse mangler, viser siden dansk.',
      '',
      'engelsk, forældet:',
      '  content/translations/en/purposes/testmyndighed/videoovervaagning.md: ændret på dansk, siden det blev oversat: recipients, changes',
      '',
      'engelsk, mangler (begynd et formåls oversættelse med npm run new:purpose -- <myndighed> <filnavn> --translation en):',
      '  content/purposes/testmyndighed/mangel.md',
      '',
      '7 fejl skal rettes (og 2 fejl i andre filer), før indholdet kan offentliggøres.',
    ]);
  });

  it('says only the verdict when there is nothing to report', () => {
    const empty = buildReport(
      { content: undefined, problems: [], translationFiles: {} },
      { today: '2026-11-24' },
    );
    expect(formatReport(empty)).toBe('Alt i orden: indholdet kan offentliggøres.');
  });
});
