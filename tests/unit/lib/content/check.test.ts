import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent, checkProjectContent } from '@/lib/content/check';
import { formatProblem, isError } from '@/lib/content/errors';
import { publishedVersionOf } from '@/lib/content/published-version';

import { inCopyOfValidContent, placeFixture, publishOnMain } from '../../helpers';

const video = 'purposes/testmyndighed/videoovervaagning.md';
const minimal = 'purposes/testmyndighed/minimal.md';

/** The problems of a copy of the valid fixture set after `change`, as an editor reads them. */
function problemsAfter(change: (root: string) => void, today = '2026-11-24') {
  return inCopyOfValidContent((root) => {
    change(root);
    return checkContent(root, 'content', { today }).problems.map(formatProblem);
  });
}

/** Replaces `text` with `by` in the file at `target` inside the content folder `root`. */
function edit(root: string, target: string, text: string, by: string) {
  const file = path.join(root, target);
  writeFileSync(file, readFileSync(file, 'utf8').replace(text, by));
}

/** Makes the valid fixture set's one incomplete notice complete, so only a test's own problems remain. */
const completeMinimal = (root: string) => placeFixture(root, 'incomplete/complete.md', minimal);

describe('the content check', () => {
  it('reports a YAML error, a dead link and a missing element in three files in one run, each once', () => {
    const problems = problemsAfter((root) => {
      placeFixture(root, 'broken/yaml-syntax-error.md', minimal);
      appendFileSync(path.join(root, video), '\nSe [siden](/testmyndighed/findes-ikke).\n');
      placeFixture(root, 'incomplete/missing-retention.md', 'purposes/testmyndighed/regel.md');
    });
    expect(problems).toEqual([
      'content/purposes/testmyndighed/minimal.md, linje 3: [ på linjen lukkes ikke med ]. Tilføj ] sidst på linjen, eller skriv listen med ét punkt pr. linje og "- " foran',
      'content/purposes/testmyndighed/regel.md: retention (opbevaring): meddelelsen siger ikke, hvor længe oplysningerne opbevares (artikel 13, stk. 2, litra a, og 14, stk. 2, litra a). Tilføj det, eller skriv "retention" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
      'content/purposes/testmyndighed/videoovervaagning.md, linje 48: body (teksten under frontmatter): linket /testmyndighed/findes-ikke fører ikke til en side på sitet. Ret adressen',
      'content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 45 (advarsel): body (teksten under frontmatter): er ændret på dansk, siden feltet blev oversat, så siden viser den danske tekst. Opdater oversættelsen, og kør npm run translation:reviewed -- content/translations/en/purposes/testmyndighed/videoovervaagning.md body',
    ]);
  });

  it('reports five mistakes of one notice, in its frontmatter and its body, in one run and in line order', () => {
    const problems = problemsAfter((root) => {
      completeMinimal(root);
      placeFixture(root, 'broken/notice-five-mistakes.md', 'purposes/testmyndighed/fem.md');
    });
    const file = 'content/purposes/testmyndighed/fem.md';
    expect(problems).toEqual([
      `${file}, linje 8: legalBases (retsgrundlag), punkt 1, article (artikel): "6(1)(g)" er ikke en af de mulige værdier. Skriv en af: 6(1)(a), 6(1)(b), 6(1)(c), 6(1)(d), 6(1)(e), 6(1)(f)`,
      `${file}, linje 9: lastReviewed (sidst gennemgået): "2026-02-31" er ikke en dato, der findes. Tjek dag og måned`,
      `${file}, linje 12: changes (ændringer), punkt 1, notee: er ikke et felt, som siden kender, og feltet note (note) mangler. Ret stavningen til note`,
      `${file}, linje 15: body (teksten under frontmatter): "# Overskrift" er en overskrift på niveau 1, som er forbeholdt sidens titel. Begynd overskrifter med ##`,
      `${file}, linje 17: body (teksten under frontmatter): linket /testmyndighed/findes-ikke fører ikke til en side på sitet. Ret adressen`,
    ]);
  });

  it('checks the completeness of a notice whose errors lie outside the fields completeness reads', () => {
    const problems = problemsAfter((root) => {
      completeMinimal(root);
      placeFixture(root, 'incomplete/missing-retention.md', 'purposes/testmyndighed/fem.md');
      edit(root, 'purposes/testmyndighed/fem.md', 'lastReviewed: 2026-11-23', 'lastReviewed: 2026-02-30');
      appendFileSync(path.join(root, 'purposes/testmyndighed/fem.md'), '\n# Overskrift\n');
    });
    const file = 'content/purposes/testmyndighed/fem.md';
    expect(problems).toEqual([
      `${file}: retention (opbevaring): meddelelsen siger ikke, hvor længe oplysningerne opbevares (artikel 13, stk. 2, litra a, og 14, stk. 2, litra a). Tilføj det, eller skriv "retention" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
      `${file}, linje 20: lastReviewed (sidst gennemgået): "2026-02-30" er ikke en dato, der findes. Tjek dag og måned`,
      `${file}, linje 28: body (teksten under frontmatter): "# Overskrift" er en overskrift på niveau 1, som er forbeholdt sidens titel. Begynd overskrifter med ##`,
    ]);
  });

  it('checks the body of a file whose frontmatter YAML cannot be read', () => {
    const problems = problemsAfter((root) => {
      completeMinimal(root);
      writeFileSync(
        path.join(root, 'purposes/testmyndighed/fem.md'),
        '---\ntitle: "Uden slut\norder: 3\n---\n\n# Overskrift\n',
      );
    });
    expect(problems).toEqual([
      `content/purposes/testmyndighed/fem.md, linje 2: anførselstegnet, der begynder på linjen, lukkes ikke. Sæt det samme tegn (" eller ') i slutningen af teksten, eller fjern det`,
      `content/purposes/testmyndighed/fem.md, linje 6: body (teksten under frontmatter): "# Overskrift" er en overskrift på niveau 1, som er forbeholdt sidens titel. Begynd overskrifter med ##`,
    ]);
  });

  it('sorts the problems of a file by line, whole-file ones first, warnings among the errors', () => {
    const problems = problemsAfter((root) => {
      completeMinimal(root);
      edit(root, video, 'article: 6(1)(e)', 'article: 6(1)(f)');
      edit(root, video, 'transfers: []\n', 'legitimateInterest: At beskytte bygningen.\n');
      edit(
        root,
        video,
        '    note: Offentliggjort.\n',
        '    note: Offentliggjort.\nknownGaps:\n  - element: retention\n    reason: Ukendt.\n',
      );
      appendFileSync(path.join(root, video), '\nSe [siden](/findes-ikke).\n');
    });
    expect(problems).toEqual([
      'content/purposes/testmyndighed/videoovervaagning.md: transfers (overførsler): der står ikke, om oplysningerne overføres til lande uden for EU/EØS; skriv transfers: [], hvis de ikke gør (artikel 13, stk. 1, litra f, og 14, stk. 1, litra f). Tilføj det, eller skriv "transfers" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
      'content/purposes/testmyndighed/videoovervaagning.md, linje 7 (advarsel): legalBases (retsgrundlag): bruger artikel 6, stk. 1, litra f, som en offentlig myndighed ikke kan bruge til at udføre sine opgaver (artikel 6, stk. 1, sidste afsnit). Tjek grundlaget',
      'content/purposes/testmyndighed/videoovervaagning.md, linje 39: knownGaps (kendte mangler), punkt 1, element (element): "retention" mangler ikke længere. Slet punktet under knownGaps',
      'content/purposes/testmyndighed/videoovervaagning.md, linje 51: body (teksten under frontmatter): linket /findes-ikke fører ikke til en side på sitet. Ret adressen',
      // The Danish notice gained words and its body changed: its translation must catch up, and says so.
      'content/translations/en/purposes/testmyndighed/videoovervaagning.md (advarsel): legitimateInterest (legitim interesse): er ikke markeret som oversat fra den danske tekst, der står nu, så siden viser den danske tekst. Opdater oversættelsen, og kør npm run translation:reviewed -- content/translations/en/purposes/testmyndighed/videoovervaagning.md legitimateInterest',
      'content/translations/en/purposes/testmyndighed/videoovervaagning.md (advarsel): knownGaps (kendte mangler): er ikke markeret som oversat fra den danske tekst, der står nu, så siden viser den danske tekst. Opdater oversættelsen, og kør npm run translation:reviewed -- content/translations/en/purposes/testmyndighed/videoovervaagning.md knownGaps',
      'content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 45 (advarsel): body (teksten under frontmatter): er ændret på dansk, siden feltet blev oversat, så siden viser den danske tekst. Opdater oversættelsen, og kør npm run translation:reviewed -- content/translations/en/purposes/testmyndighed/videoovervaagning.md body',
    ]);
  });

  it('warns of a review that is overdue, at the date to change', () => {
    const problems = problemsAfter(completeMinimal, '2027-11-24');
    expect(problems).toEqual([
      'content/purposes/testmyndighed/minimal.md, linje 22 (advarsel): lastReviewed (sidst gennemgået): skulle være gennemgået igen senest 23. november 2027, 12 måneder efter sidste gennemgang. Gennemgå oplysningerne, og sæt lastReviewed til dagens dato',
      'content/purposes/testmyndighed/videoovervaagning.md, linje 34 (advarsel): lastReviewed (sidst gennemgået): skulle være gennemgået igen senest 23. november 2027, 12 måneder efter sidste gennemgang. Gennemgå oplysningerne, og sæt lastReviewed til dagens dato',
    ]);
  });

  it('warns, with the figure, of an opening text that reads far above the target, in Danish and English', () => {
    const problems = problemsAfter((root) => {
      completeMinimal(root);
      edit(
        root,
        video,
        'summary: Vi videoovervåger indgangen.',
        'summary: Udlændingemyndighedernes videoovervågningsanlæg registrerer systematisk personoplysninger vedrørende samtlige besøgende ved hovedindgangen.',
      );
      edit(
        root,
        'translations/en/purposes/testmyndighed/videoovervaagning.md',
        'purpose: To keep people safe.',
        'purpose: To guarantee the physical security of employees, visitors and property through continuous monitoring of the premises.',
      );
    });
    expect(problems).toEqual([
      'content/purposes/testmyndighed/videoovervaagning.md, linje 3 (advarsel): summary (resumé): er svær at læse: LIX 100, hvor målet er højst 40. Skriv kortere sætninger med almindelige ord, og sæt fagordet efter det almindelige ord',
      'content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 3 (advarsel): summary (resumé): er ændret på dansk, siden feltet blev oversat, så siden viser den danske tekst. Opdater oversættelsen, og kør npm run translation:reviewed -- content/translations/en/purposes/testmyndighed/videoovervaagning.md summary',
      'content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 4 (advarsel): purpose (formål): er svær at læse: Flesch 6, hvor målet er mindst 60. Skriv kortere sætninger med almindelige ord, og sæt fagordet efter det almindelige ord',
    ]);
  });

  it('still checks the notices and authorities when a shared text has an error', () => {
    const problems = problemsAfter((root) =>
      edit(root, 'shared/emner.md', 'title: Alle formål', 'title: ""'),
    );
    expect(problems[0]).toMatch(/^content\/purposes\/testmyndighed\/minimal\.md: legalBases/);
    expect(problems.at(-1)).toMatch(/^content\/shared\/emner\.md, linje 2: title/);
  });

  it('checks change notes against the published version, at the line of changes', () => {
    const check = inCopyOfValidContent((root) => {
      completeMinimal(root);
      const published = readFileSync(path.join(root, video), 'utf8');
      edit(root, video, '  period: 30 dage', '  period: 30 dage fra optagelsen');
      return checkContent(root, 'content', {
        today: '2026-11-24',
        publishedVersion: (file) => (file === `content/${video}` ? published : undefined),
      });
    });
    expect(check.problems.map(formatProblem)).toEqual([
      'content/purposes/testmyndighed/videoovervaagning.md, linje 35: changes (ændringer): retention (opbevaring) er ændret i forhold til den offentliggjorte version; tilføj et punkt under changes med dagens dato og en kort note om, hvad der er ændret',
      'content/translations/en/purposes/testmyndighed/videoovervaagning.md, linje 22 (advarsel): retention (opbevaring): er ændret på dansk, siden feltet blev oversat, så siden viser den danske tekst. Opdater oversættelsen, og kør npm run translation:reviewed -- content/translations/en/purposes/testmyndighed/videoovervaagning.md retention',
    ]);
  });
});

describe('the content check over the real content', () => {
  it('finds no errors', () => {
    expect(checkProjectContent().problems.filter(isError).map(formatProblem)).toEqual([]);
  });
});

describe('the content check with unsaved files (the web editor)', () => {
  const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

  it('checks the folder as it would be with the file written, and leaves the folder as it was', () => {
    inCopyOfValidContent((root) => {
      const written = read(root, video);
      const unsaved = [
        { file: video, text: written.replace('period: 30 dage efter optagelsen', 'period: ""') },
      ];
      const { problems } = checkContent(root, 'content', { today: '2026-11-24', unsaved });
      expect(problems.filter(isError).map(formatProblem)).toContain(
        'content/purposes/testmyndighed/videoovervaagning.md, linje 30: retention (opbevaring), period (periode): feltet er tomt. Udfyld det, eller slet linjen',
      );
      expect(read(root, video)).toBe(written);
    });
  });

  it('checks a new notice in a new folder with the files around it', () => {
    inCopyOfValidContent((root) => {
      const unsaved = [{ file: 'purposes/anden-myndighed/ny.md', text: read(root, minimal) }];
      const { problems } = checkContent(root, 'content', { today: '2026-11-24', unsaved });
      expect(problems.map((problem) => problem.file)).toContain('content/purposes/anden-myndighed/ny.md');
    });
  });

  it('compares a changed notice with the published version of the folder itself', () => {
    inCopyOfValidContent((root) => {
      publishOnMain(root);
      const unsaved = [
        { file: video, text: read(root, video).replace('period: 30 dage', 'period: 30 dage fra optagelsen') },
      ];
      const { problems } = checkContent(root, 'content', {
        today: '2026-11-24',
        publishedVersion: publishedVersionOf(root).read,
        unsaved,
      });
      expect(problems.map(formatProblem)).toContain(
        'content/purposes/testmyndighed/videoovervaagning.md, linje 35: changes (ændringer): retention (opbevaring) er ændret i forhold til den offentliggjorte version; tilføj et punkt under changes med dagens dato og en kort note om, hvad der er ændret',
      );
    });
  });
});
