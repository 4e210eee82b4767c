import { describe, expect, it } from 'vitest';

import { formatProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { checkAuthorityCompleteness, checkCompleteness, type NoticeFinding } from '@/lib/gdpr/completeness';

import { inCopyOfValidContent, placeFixture } from '../../helpers';

/** The content of a copy of the valid fixture set with one incomplete file placed at `target`. */
const contentWith = (fixture: string, target: string) =>
  inCopyOfValidContent((root) => {
    placeFixture(root, `incomplete/${fixture}`, target);
    return loadContent(root);
  });

/** Findings as an editor reads them: file, field and message. */
const worded = (file: string, findings: readonly NoticeFinding[]) =>
  findings.map((finding) => formatProblem({ file, ...finding }));

/** The check of one incomplete notice. */
function reportOn(fixture: string) {
  const content = contentWith(fixture, 'purposes/testmyndighed/regel.md');
  const notice = content.authorities[0]!.notices.find((candidate) => candidate.slug === 'regel')!;
  const { errors, declaredGaps, warnings } = checkCompleteness(notice);
  return { errors: worded(notice.file, errors), gaps: declaredGaps, warnings: worded(notice.file, warnings) };
}

const file = 'content/purposes/testmyndighed/regel.md';

const failing: Record<string, [string, string[]]> = {
  'the legal basis': [
    'missing-legal-basis.md',
    [
      `${file}: legalBases (retsgrundlag): der står ikke noget retsgrundlag efter artikel 6, stk. 1 (artikel 13, stk. 1, litra c, og 14, stk. 1, litra c). Tilføj det, eller skriv "legalBasis" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'the source': [
    'missing-sources.md',
    [
      `${file}: sources (kilder): meddelelsen siger ikke, hvor oplysningerne kommer fra (artikel 14, stk. 2, litra f). Tilføj det, eller skriv "sources" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'the categories when data comes from others': [
    'missing-categories-with-data-from-others.md',
    [
      `${file}: dataCategories (kategorier af oplysninger): oplysninger, der kan komme fra andre end personen selv, skal have deres kategorier angivet (artikel 14, stk. 1, litra d). Tilføj det, eller skriv "dataCategories" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'whether the person must give the data': [
    'missing-provision-with-data-from-the-person.md',
    [
      `${file}: provisionRequirement (pligt til at give oplysningerne): når oplysningerne kan komme fra personen selv, skal meddelelsen sige, om personen har pligt til at give dem, og hvad der sker, hvis de ikke gives (artikel 13, stk. 2, litra e). Tilføj det, eller skriv "provisionRequirement" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'the recipients': [
    'missing-recipients.md',
    [
      `${file}: recipients (modtagere): modtagerne står der ikke; skriv recipients: [], hvis der ingen er (artikel 13, stk. 1, litra e, og 14, stk. 1, litra e). Tilføj det, eller skriv "recipients" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'the transfers': [
    'missing-transfers.md',
    [
      `${file}: transfers (overførsler): der står ikke, om oplysningerne overføres til lande uden for EU/EØS; skriv transfers: [], hvis de ikke gør (artikel 13, stk. 1, litra f, og 14, stk. 1, litra f). Tilføj det, eller skriv "transfers" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'the retention': [
    'missing-retention.md',
    [
      `${file}: retention (opbevaring): meddelelsen siger ikke, hvor længe oplysningerne opbevares (artikel 13, stk. 2, litra a, og 14, stk. 2, litra a). Tilføj det, eller skriv "retention" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'an art. 9 basis for sensitive data': [
    'sensitive-data-without-article-9-basis.md',
    [
      `${file}: specialCategoryBases (grundlag for følsomme oplysninger): der behandles følsomme oplysninger, så der skal stå et grundlag efter artikel 9, stk. 2. Tilføj det, eller skriv "specialCategoryBasis" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'a § 8 basis for criminal-offence data': [
    'criminal-data-without-section-8.md',
    [
      `${file}: dataProtectionActBases (grundlag i databeskyttelsesloven): der behandles oplysninger om strafbare forhold, så der skal stå et grundlag efter databeskyttelseslovens § 8. Tilføj det, eller skriv "criminalOffenceBasis" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'a § 11 basis for CPR numbers': [
    'cpr-number-without-section-11.md',
    [
      `${file}: dataProtectionActBases (grundlag i databeskyttelsesloven): der behandles CPR-numre, så der skal stå et grundlag efter databeskyttelseslovens § 11. Tilføj det, eller skriv "cprBasis" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'the withdrawal statement under consent': [
    'consent-without-withdrawal.md',
    [
      `${file}: consentWithdrawal (tilbagetrækning af samtykke): samtykke er et grundlag, så meddelelsen skal sige, hvordan man til enhver tid trækker det tilbage (artikel 13, stk. 2, litra c, og 14, stk. 2, litra d). Tilføj det, eller skriv "consentWithdrawal" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'the withdrawal statement under explicit consent': [
    'explicit-consent-without-withdrawal.md',
    [
      `${file}: consentWithdrawal (tilbagetrækning af samtykke): samtykke er et grundlag, så meddelelsen skal sige, hvordan man til enhver tid trækker det tilbage (artikel 13, stk. 2, litra c, og 14, stk. 2, litra d). Tilføj det, eller skriv "consentWithdrawal" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'the legitimate interest under art. 6(1)(f)': [
    'legitimate-interest-not-described.md',
    [
      `${file}: legitimateInterest (legitim interesse): artikel 6, stk. 1, litra f, er et grundlag, så den legitime interesse skal beskrives (artikel 13, stk. 1, litra d, og 14, stk. 2, litra b). Tilføj det, eller skriv "legitimateInterest" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'whether decisions are made by automated means alone': [
    'missing-automated-decisions.md',
    [
      `${file}: automatedDecisions (automatiske afgørelser): meddelelsen siger ikke, om der træffes afgørelser alene ved automatisk behandling, herunder profilering (artikel 13, stk. 2, litra f, og 14, stk. 2, litra g); skriv automatedDecisions med used: false, hvis det ikke sker, eller med used: true og en explanation, hvis det sker. Tilføj det, eller skriv "automatedDecisions" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ],
  ],
  'a gap declared for an element the notice states': [
    'gap-declared-for-a-stated-element.md',
    [
      `${file}: knownGaps (kendte mangler), punkt 1, element (element): "retention" mangler ikke længere. Slet punktet under knownGaps`,
    ],
  ],
  'a gap declared twice': [
    'gap-declared-twice.md',
    [
      `${file}: knownGaps (kendte mangler), punkt 2, element (element): "retention" står to gange under knownGaps. Slet den ene`,
    ],
  ],
};

describe('the completeness check over notices in files', () => {
  it.each(Object.entries(failing))('fails a notice without %s', (_, [fixture, expected]) => {
    expect(reportOn(fixture).errors).toEqual(expected);
  });

  it('passes a notice with every element', () => {
    expect(reportOn('complete.md')).toEqual({ errors: [], gaps: [], warnings: [] });
  });

  it('accepts a missing element declared as a gap, and reports it with its reason', () => {
    expect(reportOn('gap-declared.md')).toEqual({
      errors: [],
      gaps: [{ element: 'retention', reason: 'Opbevaringsperioden er ikke fastlagt.' }],
      warnings: [],
    });
  });

  it('accepts automated decisions declared as a gap, with its reason', () => {
    expect(reportOn('automated-decisions-declared.md')).toEqual({
      errors: [],
      gaps: [
        {
          element: 'automatedDecisions',
          reason: 'Kilden siger ikke, om der træffes automatiske afgørelser.',
        },
      ],
      warnings: [],
    });
  });

  it('flags art. 6(1)(f) as unusual for a public authority', () => {
    expect(reportOn('legitimate-interest-not-described.md').warnings).toEqual([
      `${file}: legalBases (retsgrundlag): bruger artikel 6, stk. 1, litra f, som en offentlig myndighed ikke kan bruge til at udføre sine opgaver (artikel 6, stk. 1, sidste afsnit). Tjek grundlaget`,
    ]);
  });

  it('needs no categories when all data comes from the person (art. 13)', () => {
    expect(reportOn('only-from-the-person-without-categories.md').errors).toEqual([]);
  });

  it('needs no statement on giving the data when none comes from the person (art. 14)', () => {
    expect(reportOn('only-from-others-without-provision.md').errors).toEqual([]);
  });
});

/** The check of one incomplete authority. */
function authorityReportOn(fixture: string) {
  const authority = contentWith(fixture, 'authorities/brudt.md').authorities.find(
    (candidate) => candidate.slug === 'brudt',
  )!;
  const { errors, declaredGaps } = checkAuthorityCompleteness(authority);
  return { errors: worded(authority.file, errors), gaps: declaredGaps };
}

describe('the completeness check over authorities', () => {
  const authorityFile = 'content/authorities/brudt.md';

  it("fails an authority without the controller's contact details", () => {
    expect(authorityReportOn('authority-without-controller-contact.md').errors).toEqual([
      `${authorityFile}: controllerContact (kontakt til den dataansvarlige): den dataansvarliges kontaktoplysninger skal stå der (artikel 13, stk. 1, litra a, og 14, stk. 1, litra a). Tilføj det, eller skriv "controllerContact" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
    ]);
  });

  it("fails an authority without the DPO's contact details", () => {
    expect(authorityReportOn('authority-without-dpo-contact.md').errors).toEqual([
      `${authorityFile}: dpoContact (kontakt til databeskyttelsesrådgiveren): databeskyttelsesrådgiverens kontaktoplysninger skal stå der (artikel 13, stk. 1, litra b, og 14, stk. 1, litra b). Tilføj det, eller skriv "dpoContact" under knownGaps med en begrundelse for, at det ikke er offentliggjort`,
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
      `${authorityFile}: knownGaps (kendte mangler), punkt 1, element (element): "controllerContact" mangler ikke længere. Slet punktet under knownGaps`,
    ]);
  });
});
