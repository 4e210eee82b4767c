import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/errors';
import { publishedVersionOf } from '@/lib/content/published-version';

import { inCopyOfValidContent, placeFixture, publishOnMain } from '../../helpers';

const video = 'purposes/testmyndighed/videoovervaagning.md';
const file = `content/${video}`;

type Replacements = Record<string, string>;

const replaced = (text: string, replacements: Replacements) =>
  Object.entries(replacements).reduce((result, [written, by]) => result.replace(written, by), text);

/** Prose of the valid fixture's videoovervaagning.md that states its period, recipient and legal basis. */
const statingTheFacts: Replacements = {
  'summary: Vi videoovervåger indgangen.': 'summary: Vi gemmer optagelserne af indgangen i 30 dage.',
  'purpose: At skabe sikkerhed.': 'purpose: At skabe sikkerhed efter artikel 6, stk. 1, litra e.',
  '  period: 30 dage efter optagelsen':
    '  duration:\n    amount: 30\n    unit: days\n  criteria: Optagelserne slettes efter 30 dage.',
  'Se også [dine': 'Politiet får optagelserne ved en sag (art. 6(1)(e)).\n\nSe også [dine',
};

/** A new change entry, so the changed facts need no further change note. */
const changeNoted: Replacements = {
  '    note: Offentliggjort.': '    note: Offentliggjort.\n  - date: 2026-11-24\n    note: Ændret.',
};

/**
 * The warnings, as an editor reads them, for videoovervaagning.md published with `published` and changed by
 * `changed` (with a change note), checked on 2026-11-24 against the published text.
 */
function warningsAfter(published: Replacements, changed: Replacements): string[] {
  return inCopyOfValidContent((root) => {
    placeFixture(root, 'incomplete/complete.md', 'purposes/testmyndighed/minimal.md');
    const target = path.join(root, video);
    const publishedText = replaced(readFileSync(target, 'utf8'), published);
    writeFileSync(target, replaced(publishedText, { ...changed, ...changeNoted }));
    const { problems } = checkContent(root, 'content', {
      today: '2026-11-24',
      publishedVersion: (name) => (name === file ? publishedText : undefined),
    });
    return problems.filter((problem) => problem.file === file).map(formatProblem);
  });
}

describe('prose that still states a changed fact', () => {
  it('is warned of for a period, in each prose field at its line, quoting the old and the new value', () => {
    expect(warningsAfter(statingTheFacts, { '    amount: 30': '    amount: 14' })).toEqual([
      `${file}, linje 3 (advarsel): summary (resumé): resuméet siger stadig 30 dage; perioden er nu 14 dage. Ret teksten, hvis den skal følge med`,
      `${file}, linje 33 (advarsel): retention (opbevaring), criteria (kriterier): kriterierne for opbevaring siger stadig 30 dage; perioden er nu 14 dage. Ret teksten, hvis den skal følge med`,
    ]);
  });

  it('is warned of for a recipient by its name, in the body at the line that names it', () => {
    expect(warningsAfter(statingTheFacts, { '  - name: Politiet': '  - name: Rigspolitiet' })).toEqual([
      `${file}, linje 47 (advarsel): body (teksten under frontmatter): teksten nævner stadig Politiet; modtagerne er nu Rigspolitiet. Ret teksten, hvis den skal følge med`,
    ]);
  });

  it('is warned of for a legal basis in each Danish form of its article', () => {
    expect(warningsAfter(statingTheFacts, { 'article: 6(1)(e)': 'article: 6(1)(c)' })).toEqual([
      `${file}, linje 6 (advarsel): purpose (formål): formålet nævner stadig artikel 6, stk. 1, litra e; retsgrundlaget er nu artikel 6, stk. 1, litra c. Ret teksten, hvis den skal følge med`,
      `${file}, linje 47 (advarsel): body (teksten under frontmatter): teksten nævner stadig artikel 6, stk. 1, litra e; retsgrundlaget er nu artikel 6, stk. 1, litra c. Ret teksten, hvis den skal følge med`,
    ]);
  });

  it('is not warned of where the prose follows the fact, states both values, or the fact did not change', () => {
    expect(
      warningsAfter(statingTheFacts, {
        '    amount: 30': '    amount: 14',
        'i 30 dage.': 'i 14 dage.',
        'efter 30 dage.': 'efter 14 dage (før 30 dage).',
      }),
    ).toEqual([]);
    expect(warningsAfter(statingTheFacts, { 'Vi gemmer': 'Vi opbevarer' })).toEqual([]);
  });

  it('is warned of in the web editor’s draft, checked against the published version before it is saved', () => {
    const problems = inCopyOfValidContent((root) => {
      const target = path.join(root, video);
      writeFileSync(target, replaced(readFileSync(target, 'utf8'), statingTheFacts));
      publishOnMain(root);
      const draft = replaced(readFileSync(target, 'utf8'), {
        '    amount: 30': '    amount: 14',
        ...changeNoted,
      });
      return checkContent(root, 'content', {
        today: '2026-11-24',
        publishedVersion: publishedVersionOf(root).read,
        unsaved: [{ file: video, text: draft }],
      }).problems.map(formatProblem);
    });
    expect(problems).toContain(
      `${file}, linje 3 (advarsel): summary (resumé): resuméet siger stadig 30 dage; perioden er nu 14 dage. Ret teksten, hvis den skal følge med`,
    );
  });
});
