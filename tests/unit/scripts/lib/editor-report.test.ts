import { describe, expect, it } from 'vitest';

import { checkContent, type ContentCheck } from '@/lib/content/check';

import { buildReport } from '../../../../scripts/lib/editor-report';
import { checkWithEveryTranslationState, inCopyOfValidContent, placeFixture } from '../../helpers';

const minimal = 'content/purposes/testmyndighed/minimal.md';
const video = 'content/purposes/testmyndighed/videoovervaagning.md';
const withGap = 'content/purposes/testmyndighed/mangel.md';

/**
 * The valid fixture set (minimal.md lacks seven elements) with a notice that declares a gap and one
 * with a YAML error, checked on `today`.
 */
const checkWithEveryState = (today: string) =>
  inCopyOfValidContent((root) => {
    placeFixture(root, 'incomplete/gap-declared.md', 'purposes/testmyndighed/mangel.md');
    placeFixture(root, 'broken/yaml-syntax-error.md', 'purposes/testmyndighed/brudt.md');
    return checkContent(root, 'content', { today });
  });

/** The count of a set of files' English translations, zero where not given. */
const english = (counts: Partial<Record<'translated' | 'outdated' | 'missing' | 'withErrors', number>>) => ({
  language: 'en',
  languageInDanish: 'engelsk',
  translated: 0,
  outdated: 0,
  missing: 0,
  withErrors: 0,
  ...counts,
});

describe('the editor report', () => {
  it("counts each authority's notices by state, a notice that cannot be read among those with errors", () => {
    const report = buildReport(checkWithEveryState('2027-12-01'), { today: '2027-12-01' });
    expect(report.authorities).toEqual([
      {
        slug: 'testmyndighed',
        name: 'Testmyndigheden',
        file: 'content/authorities/testmyndighed.md',
        notices: 4,
        complete: 1,
        withGaps: 1,
        withErrors: 2,
        reviewOverdue: 3,
        translations: [english({ translated: 1, missing: 3 })],
      },
      {
        slug: 'anden-myndighed',
        name: 'Anden Myndighed',
        file: 'content/authorities/anden-myndighed.md',
        notices: 0,
        complete: 0,
        withGaps: 0,
        withErrors: 0,
        reviewOverdue: 0,
        translations: [english({})],
      },
    ]);
    expect([report.errors, report.warnings, report.errorsElsewhere]).toEqual([8, 3, 0]);
    expect(report.verdict).toBe('8 fejl skal rettes, før indholdet kan offentliggøres.');
  });

  it("counts each authority's notices by translation: current, out of date, missing or with errors", () => {
    const report = buildReport(checkWithEveryTranslationState(), { today: '2026-11-28' });
    expect(report.authorities.map((authority) => authority.translations)).toEqual([
      [english({ outdated: 1, missing: 1, withErrors: 1 })],
      [english({})],
    ]);
  });

  it('counts the translations of the authorities, agreements and shared texts apart from the notices', () => {
    const report = buildReport(checkWithEveryTranslationState(), { today: '2026-11-28' });
    expect(report.otherFileTranslations).toEqual([english({ missing: 6 })]);
  });

  it('lists every file whose translation is out of date or missing, notices first', () => {
    const report = buildReport(checkWithEveryTranslationState(), { today: '2026-11-28' });
    const missing = (file: string, kind: 'notice' | 'other') => ({
      language: 'en',
      languageInDanish: 'engelsk',
      file: `content/${file}`,
      kind,
      state: 'missing',
    });
    expect(report.untranslated).toEqual([
      {
        language: 'en',
        languageInDanish: 'engelsk',
        file: video,
        kind: 'notice',
        state: 'outdated',
        translation: 'content/translations/en/purposes/testmyndighed/videoovervaagning.md',
        outdatedFields: ['recipients', 'changes'],
      },
      missing('purposes/testmyndighed/mangel.md', 'notice'),
      missing('authorities/testmyndighed.md', 'other'),
      missing('authorities/anden-myndighed.md', 'other'),
      missing('agreements/faelles.md', 'other'),
      missing('shared/rettigheder.md', 'other'),
      missing('shared/klage-til-datatilsynet.md', 'other'),
      missing('shared/emner.md', 'other'),
    ]);
  });

  it('counts and lists the translations of the chosen files only', () => {
    const report = buildReport(checkWithEveryTranslationState(), { today: '2026-11-28', files: [withGap] });
    expect(report.authorities.map((authority) => authority.translations)).toEqual([
      [english({ missing: 1 })],
    ]);
    expect(report.otherFileTranslations).toEqual([english({})]);
    expect(report.untranslated.map((file) => file.file)).toEqual([withGap]);
  });

  it('gives each problem its field in Danish and its severity', () => {
    const report = buildReport(checkWithEveryState('2027-12-01'), { today: '2027-12-01' });
    expect(report.problems.filter((problem) => problem.file === minimal).slice(0, 1)).toEqual([
      {
        file: minimal,
        field: 'legalBases',
        fieldInDanish: 'legalBases (retsgrundlag)',
        message:
          'der står ikke noget retsgrundlag efter artikel 6, stk. 1 (artikel 13, stk. 1, litra c, og 14, stk. 1, litra c). Tilføj det, eller skriv "legalBasis" under knownGaps med en begrundelse for, at det ikke er offentliggjort',
        severity: 'error',
      },
    ]);
    expect(report.problems.find((problem) => problem.file === video)).toEqual({
      file: video,
      line: 34,
      field: 'lastReviewed',
      fieldInDanish: 'lastReviewed (sidst gennemgået)',
      message:
        'skulle være gennemgået igen senest 23. november 2027, 12 måneder efter sidste gennemgang. Gennemgå oplysningerne, og sæt lastReviewed til dagens dato',
      severity: 'warning',
    });
  });

  it('lists every declared gap with its element in Danish and its reason', () => {
    const report = buildReport(checkWithEveryState('2026-11-24'), { today: '2026-11-24' });
    expect(report.declaredGaps).toEqual([
      {
        file: withGap,
        element: 'retention',
        elementInDanish: 'retention (opbevaringsperiode)',
        reason: 'Opbevaringsperioden er ikke fastlagt.',
      },
    ]);
  });

  it('limits problems, summary and gaps to the chosen files, and counts the errors of the others', () => {
    const report = buildReport(checkWithEveryState('2026-11-24'), {
      today: '2026-11-24',
      files: [video, withGap],
    });
    expect(report).toMatchObject({
      files: [video, withGap],
      errors: 0,
      errorsElsewhere: 8,
      problems: [],
      verdict:
        'Ingen fejl i de valgte filer, men 8 fejl i andre filer skal rettes, før indholdet kan offentliggøres. Se dem med npm run check:content.',
    });
    expect(
      report.authorities.map(({ slug, notices, complete, withGaps }) => [slug, notices, complete, withGaps]),
    ).toEqual([['testmyndighed', 2, 1, 1]]);
    expect(report.declaredGaps.map((gap) => gap.file)).toEqual([withGap]);
  });

  it('names the errors of the other files too when the chosen ones have errors', () => {
    const report = buildReport(checkWithEveryState('2026-11-24'), { today: '2026-11-24', files: [minimal] });
    expect(report.verdict).toBe(
      '7 fejl skal rettes (og 1 fejl i andre filer), før indholdet kan offentliggøres.',
    );
  });

  it('takes a folder as every file in it', () => {
    const report = buildReport(checkWithEveryState('2026-11-24'), {
      today: '2026-11-24',
      files: ['content/purposes/testmyndighed'],
    });
    expect([report.errors, report.errorsElsewhere, report.authorities[0]!.notices]).toEqual([8, 0, 4]);
  });

  it.each<[string, ContentCheck['problems'], string]>([
    ['no problem', [], 'Alt i orden: indholdet kan offentliggøres.'],
    [
      'one warning',
      [{ file: video, field: 'legalBases', message: 'tjek', warning: true }],
      'Ingen fejl: indholdet kan offentliggøres. Se på advarslen ovenfor.',
    ],
    [
      'two warnings',
      [
        { file: video, field: 'legalBases', message: 'tjek', warning: true },
        { file: minimal, field: 'legalBases', message: 'tjek', warning: true },
      ],
      'Ingen fejl: indholdet kan offentliggøres. Se på de 2 advarsler ovenfor.',
    ],
    [
      'an error',
      [{ file: video, field: 'title', message: 'mangler' }],
      '1 fejl skal rettes, før indholdet kan offentliggøres.',
    ],
  ])('gives its verdict on %s', (_, problems, verdict) => {
    expect(
      buildReport({ content: undefined, problems, translationFiles: {} }, { today: '2026-11-24' }).verdict,
    ).toBe(verdict);
  });
});
