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
        'legalBases: no legal basis in art. 6(1) is given (art. 13(1)(c), 14(1)(c)); add it, or declare "legalBasis" in knownGaps with a reason',
        'sources: the notice does not say where the data comes from (art. 14(2)(f)); add it, or declare "sources" in knownGaps with a reason',
        'dataCategories: data that may come from others needs its categories stated (art. 14(1)(d)); add it, or declare "dataCategories" in knownGaps with a reason',
        'provisionRequirement: data that may come from the person needs to say whether they must give it, and what happens if not (art. 13(2)(e)); add it, or declare "provisionRequirement" in knownGaps with a reason',
        'recipients: the recipients are not stated; write [] if there are none (art. 13(1)(e), 14(1)(e)); add it, or declare "recipients" in knownGaps with a reason',
        'transfers: transfers outside the EU/EEA are not stated; write [] if there are none (art. 13(1)(f), 14(1)(f)); add it, or declare "transfers" in knownGaps with a reason',
        'retention: the notice does not say how long the data is kept (art. 13(2)(a), 14(2)(a)); add it, or declare "retention" in knownGaps with a reason',
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
