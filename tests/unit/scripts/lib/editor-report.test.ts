import { describe, expect, it } from 'vitest';

import { buildReport, formatReport } from '../../../../scripts/lib/editor-report';
import { loadValidFixture } from '../../helpers';

const content = loadValidFixture();

describe('the editor report', () => {
  it('reports each notice with its status, errors and review date', () => {
    const report = buildReport(content, { today: '2027-12-01' });
    expect(report.summary).toEqual({
      notices: 2,
      complete: 1,
      withGaps: 0,
      withErrors: 1,
      reviewsOverdue: 2,
      authoritiesWithErrors: 0,
    });
    expect(
      report.authorities[0]!.notices.map((notice) => [
        notice.slug,
        notice.status,
        notice.reviewBy,
        notice.reviewOverdue,
      ]),
    ).toEqual([
      ['minimal', 'errors', '2027-01-31', true],
      ['videoovervaagning', 'complete', '2027-11-23', true],
    ]);
  });

  it('counts problems found outside the notice, such as a missing change entry, as errors', () => {
    const report = buildReport(content, {
      today: '2026-11-23',
      extraProblems: [
        { file: 'content/purposes/testmyndighed/minimal.md', field: 'changes', message: 'add an entry' },
      ],
    });
    expect(report.authorities[0]!.notices[0]!.errors.at(-1)).toEqual({
      field: 'changes',
      message: 'add an entry',
    });
  });

  it('prints a readable text per authority and notice', () => {
    const text = formatReport(buildReport(content, { today: '2026-11-23' }));
    expect(text.split('\n')).toEqual([
      'Content check of 2 notices on 2026-11-23',
      '',
      'Testmyndigheden (content/authorities/testmyndighed.md)',
      '  ERROR content/purposes/testmyndighed/minimal.md: 7 errors',
      ...[
        'legalBases: der står ikke noget retsgrundlag efter artikel 6, stk. 1 (artikel 13, stk. 1, litra c, og 14, stk. 1, litra c). Tilføj det, eller skriv "legalBasis" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
        'sources: meddelelsen siger ikke, hvor oplysningerne kommer fra (artikel 14, stk. 2, litra f). Tilføj det, eller skriv "sources" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
        'dataCategories: oplysninger, der kan komme fra andre end personen selv, skal have deres kategorier angivet (artikel 14, stk. 1, litra d). Tilføj det, eller skriv "dataCategories" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
        'provisionRequirement: når oplysningerne kan komme fra personen selv, skal meddelelsen sige, om personen har pligt til at give dem, og hvad der sker, hvis de ikke gives (artikel 13, stk. 2, litra e). Tilføj det, eller skriv "provisionRequirement" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
        'recipients: modtagerne står der ikke; skriv recipients: [], hvis der ingen er (artikel 13, stk. 1, litra e, og 14, stk. 1, litra e). Tilføj det, eller skriv "recipients" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
        'transfers: der står ikke, om oplysningerne overføres til lande uden for EU/EØS; skriv transfers: [], hvis de ikke gør (artikel 13, stk. 1, litra f, og 14, stk. 1, litra f). Tilføj det, eller skriv "transfers" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
        'retention: meddelelsen siger ikke, hvor længe oplysningerne opbevares (artikel 13, stk. 2, litra a, og 14, stk. 2, litra a). Tilføj det, eller skriv "retention" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
      ].map((error) => `        error: ${error}`),
      '  ok    content/purposes/testmyndighed/videoovervaagning.md: complete',
      '',
      'Anden Myndighed (content/authorities/anden-myndighed.md)',
      '',
      'Notices: 1 complete, 0 complete with declared gaps, 1 with errors; 0 overdue for review.',
      'Authorities with errors: 0.',
    ]);
  });
});
