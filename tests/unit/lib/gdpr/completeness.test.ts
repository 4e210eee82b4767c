import { describe, expect, it } from 'vitest';

import { formatProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import type { NoticeFinding } from '@/lib/gdpr/completeness';

import { buildReport } from '../../../../scripts/lib/editor-report';
import { inCopyOfValidContent, loadRealContent, placeFixture } from '../../helpers';

/** The editor report on a copy of the valid fixture set with one incomplete file placed at `target`. */
const reportWith = (fixture: string, target: string) =>
  inCopyOfValidContent((root) => {
    placeFixture(root, `incomplete/${fixture}`, target);
    return buildReport(loadContent(root), { today: '2026-11-23' });
  });

/** Findings as an editor reads them: file, field and message. */
const worded = (file: string, findings: readonly NoticeFinding[]) =>
  findings.map((finding) => formatProblem({ file, ...finding }));

/** The report on one incomplete notice. */
function reportOn(fixture: string) {
  const report = reportWith(fixture, 'purposes/testmyndighed/regel.md');
  const notice = report.authorities[0]!.notices.find((candidate) => candidate.slug === 'regel')!;
  return {
    status: notice.status,
    errors: worded(notice.file, notice.errors),
    gaps: notice.declaredGaps,
    warnings: notice.warnings,
  };
}

const file = 'content/purposes/testmyndighed/regel.md';

const failing: Record<string, [string, string[]]> = {
  'the legal basis': [
    'missing-legal-basis.md',
    [
      `${file}: legalBases: no legal basis in art. 6(1) is given (art. 13(1)(c), 14(1)(c)); add it, or declare "legalBasis" in knownGaps with a reason`,
    ],
  ],
  'the source': [
    'missing-sources.md',
    [
      `${file}: sources: the notice does not say where the data comes from (art. 14(2)(f)); add it, or declare "sources" in knownGaps with a reason`,
    ],
  ],
  'the categories when data comes from others': [
    'missing-categories-with-data-from-others.md',
    [
      `${file}: dataCategories: data that may come from others needs its categories stated (art. 14(1)(d)); add it, or declare "dataCategories" in knownGaps with a reason`,
    ],
  ],
  'whether the person must give the data': [
    'missing-provision-with-data-from-the-person.md',
    [
      `${file}: provisionRequirement: data that may come from the person needs to say whether they must give it, and what happens if not (art. 13(2)(e)); add it, or declare "provisionRequirement" in knownGaps with a reason`,
    ],
  ],
  'the recipients': [
    'missing-recipients.md',
    [
      `${file}: recipients: the recipients are not stated; write [] if there are none (art. 13(1)(e), 14(1)(e)); add it, or declare "recipients" in knownGaps with a reason`,
    ],
  ],
  'the transfers': [
    'missing-transfers.md',
    [
      `${file}: transfers: transfers outside the EU/EEA are not stated; write [] if there are none (art. 13(1)(f), 14(1)(f)); add it, or declare "transfers" in knownGaps with a reason`,
    ],
  ],
  'the retention': [
    'missing-retention.md',
    [
      `${file}: retention: the notice does not say how long the data is kept (art. 13(2)(a), 14(2)(a)); add it, or declare "retention" in knownGaps with a reason`,
    ],
  ],
  'an art. 9 basis for sensitive data': [
    'sensitive-data-without-article-9-basis.md',
    [
      `${file}: specialCategoryBases: sensitive data is processed, so a basis in art. 9(2) is needed; add it, or declare "specialCategoryBasis" in knownGaps with a reason`,
    ],
  ],
  'a § 8 basis for criminal-offence data': [
    'criminal-data-without-section-8.md',
    [
      `${file}: dataProtectionActBases: data on criminal offences is processed, so a basis in databeskyttelseslovens § 8 is needed; add it, or declare "criminalOffenceBasis" in knownGaps with a reason`,
    ],
  ],
  'a § 11 basis for CPR numbers': [
    'cpr-number-without-section-11.md',
    [
      `${file}: dataProtectionActBases: CPR numbers are processed, so a basis in databeskyttelseslovens § 11 is needed; add it, or declare "cprBasis" in knownGaps with a reason`,
    ],
  ],
  'the withdrawal statement under consent': [
    'consent-without-withdrawal.md',
    [
      `${file}: consentWithdrawal: consent is a basis, so the notice must say how to withdraw it at any time (art. 13(2)(c), 14(2)(d)); add it, or declare "consentWithdrawal" in knownGaps with a reason`,
    ],
  ],
  'the withdrawal statement under explicit consent': [
    'explicit-consent-without-withdrawal.md',
    [
      `${file}: consentWithdrawal: consent is a basis, so the notice must say how to withdraw it at any time (art. 13(2)(c), 14(2)(d)); add it, or declare "consentWithdrawal" in knownGaps with a reason`,
    ],
  ],
  'the legitimate interest under art. 6(1)(f)': [
    'legitimate-interest-not-described.md',
    [
      `${file}: legitimateInterest: art. 6(1)(f) is a basis, so the legitimate interest must be described (art. 13(1)(d), 14(2)(b)); add it, or declare "legitimateInterest" in knownGaps with a reason`,
    ],
  ],
  'a gap declared for an element the notice states': [
    'gap-declared-for-a-stated-element.md',
    [`${file}: knownGaps[0].element: "retention" is not missing; remove the declared gap`],
  ],
  'a gap declared twice': [
    'gap-declared-twice.md',
    [`${file}: knownGaps[1].element: "retention" is declared twice`],
  ],
};

describe('the completeness check over notices in files', () => {
  it.each(Object.entries(failing))('fails a notice without %s', (_, [fixture, expected]) => {
    const result = reportOn(fixture);
    expect(result.status).toBe('errors');
    expect(result.errors).toEqual(expected);
  });

  it('passes a notice with every element', () => {
    expect(reportOn('complete.md')).toEqual({ status: 'complete', errors: [], gaps: [], warnings: [] });
  });

  it('accepts a missing element declared as a gap, and reports it with its reason', () => {
    expect(reportOn('gap-declared.md')).toEqual({
      status: 'gaps',
      errors: [],
      gaps: [{ element: 'retention', reason: 'Opbevaringsperioden er ikke fastlagt.' }],
      warnings: [],
    });
  });

  it('flags art. 6(1)(f) as unusual for a public authority', () => {
    expect(reportOn('legitimate-interest-not-described.md').warnings).toEqual([
      'uses art. 6(1)(f), which a public authority cannot use for the performance of its tasks (art. 6(1), last subparagraph); check the basis',
    ]);
  });

  it('needs no categories when all data comes from the person (art. 13)', () => {
    expect(reportOn('only-from-the-person-without-categories.md').status).toBe('complete');
  });

  it('needs no statement on giving the data when none comes from the person (art. 14)', () => {
    expect(reportOn('only-from-others-without-provision.md').status).toBe('complete');
  });
});

/** The report on one incomplete authority. */
function authorityReportOn(fixture: string) {
  const authority = reportWith(fixture, 'authorities/brudt.md').authorities.find(
    (candidate) => candidate.slug === 'brudt',
  )!;
  return {
    errors: worded(authority.file, authority.errors),
    gaps: authority.declaredGaps,
  };
}

describe('the completeness check over authorities', () => {
  const authorityFile = 'content/authorities/brudt.md';

  it("fails an authority without the controller's contact details", () => {
    expect(authorityReportOn('authority-without-controller-contact.md').errors).toEqual([
      `${authorityFile}: controllerContact: the controller's contact details are required (art. 13(1)(a), 14(1)(a)); add it, or declare "controllerContact" in knownGaps with a reason`,
    ]);
  });

  it("fails an authority without the DPO's contact details", () => {
    expect(authorityReportOn('authority-without-dpo-contact.md').errors).toEqual([
      `${authorityFile}: dpoContact: the data protection officer's contact details are required (art. 13(1)(b), 14(1)(b)); add it, or declare "dpoContact" in knownGaps with a reason`,
    ]);
  });

  it('accepts contact details declared as a gap, and reports the reason', () => {
    expect(authorityReportOn('authority-with-declared-contact-gap.md')).toEqual({
      errors: [],
      gaps: [{ element: 'dpoContact', reason: 'Ikke offentliggjort.' }],
    });
  });

  it('fails a gap declared for contact details the authority gives', () => {
    expect(authorityReportOn('authority-with-gap-for-stated-contact.md').errors).toEqual([
      `${authorityFile}: knownGaps[0].element: "controllerContact" is not missing; remove the declared gap`,
    ]);
  });
});

describe('the completeness check over the real content', () => {
  it('finds every notice complete or with its gaps declared', () => {
    const report = buildReport(loadRealContent(), { today: new Date().toISOString().slice(0, 10) });
    const errors = report.authorities.flatMap((authority) => [
      ...worded(authority.file, authority.errors),
      ...authority.notices.flatMap((notice) => worded(notice.file, notice.errors)),
    ]);
    expect(errors).toEqual([]);
  });
});
