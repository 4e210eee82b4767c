/** CONTRIBUTING.md's "Add a notice", step by step, on a copy of the fixtures. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { pagePaths } from '@/config/routes';
import { checkContent } from '@/lib/content/check';
import { isError } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { untranslatedMark } from '@/lib/content/translations';
import { today } from '@/lib/dates';
import { contentIn } from '@/lib/site-content/localize';

import { checkContentCommand } from '../../../scripts/lib/check-content';
import { newNoticeCommand } from '../../../scripts/lib/new-notice';
import { commandFolderOf, inCopyOfPublishableContent } from '../helpers';

const notice = 'purposes/testmyndighed/proevetagning.md';
const translation = 'translations/en/purposes/testmyndighed/proevetagning.md';

const errorsOf = (root: string) => checkContent(root, 'content', { today: today() }).problems.filter(isError);

/** Step 1: npm run new:purpose -- testmyndighed proevetagning. */
function writeFromTemplate(root: string) {
  expect(newNoticeCommand(['testmyndighed', 'proevetagning'], commandFolderOf(root)).code).toBe(0);
}

/**
 * Step 2, as an editor does it in the template: the example texts replaced, the example facts written in,
 * and what has no source (here the retention) declared in knownGaps with a reason.
 */
function fillIn(root: string) {
  const file = path.join(root, notice);
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace(/^title: .*$/m, 'title: Prøvetagning')
      .replace(/^summary: .*$/m, 'summary: Styrelsen tager prøver.')
      .replace(/^topic: .*$/m, 'topic: test')
      .replace(/^purpose: .*$/m, 'purpose: At tage prøver.')
      .replace(/^# retention:\n(#   .*\n)+/m, '')
      .replace(/^# (?=[a-z]\w*:)/gm, '')
      .replace(/^# {3}/gm, '  ')
      .replace(/^Skriv her det.*\n/m, ''),
  );
}

describe('CONTRIBUTING.md: add a notice', () => {
  it('writes a notice the check refuses for its example texts, and publishes it once filled in', () => {
    inCopyOfPublishableContent((root) => {
      writeFromTemplate(root);
      const errors = errorsOf(root);
      expect(errors.every((problem) => problem.file === `content/${notice}`)).toBe(true);
      expect(errors.map((problem) => problem.field)).toEqual(
        expect.arrayContaining(['title', 'summary', 'topic', 'purpose', 'body']),
      );

      fillIn(root);

      // Step 3: npm run check:content -- content/purposes/<authority>/<slug>.md, until it passes.
      const check = checkContentCommand([`content/${notice}`], commandFolderOf(root));
      expect(check.code, check.output).toBe(0);
      expect(check.output).toContain('1 med erklærede mangler, 0 med fejl');

      const content = loadContent(root);
      const authority = content.authorities.find((candidate) => candidate.slug === 'testmyndighed')!;
      expect(authority.notices.at(-1)).toMatchObject({
        slug: 'proevetagning',
        title: 'Prøvetagning',
        knownGaps: [{ element: 'retention', reason: 'Opbevaringsperioden er ikke fastlagt endnu.' }],
      });
      expect(pagePaths(content)).toEqual(
        expect.arrayContaining(['/testmyndighed/proevetagning', '/en/testmyndighed/proevetagning']),
      );
    });
  });

  it('writes its translation, which the check refuses until every text is translated', () => {
    inCopyOfPublishableContent((root) => {
      writeFromTemplate(root);
      fillIn(root);

      // Step 4: npm run new:purpose -- testmyndighed proevetagning --translation en.
      const written = newNoticeCommand(
        ['testmyndighed', 'proevetagning', '--translation', 'en'],
        commandFolderOf(root),
      );
      expect(written.code).toBe(0);
      const errors = errorsOf(root);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((problem) => problem.file === `content/${translation}`)).toBe(true);

      // Translated: the title into English, the rest as it stands here; every mark deleted.
      const file = path.join(root, translation);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace(`title: "${untranslatedMark} Prøvetagning"`, 'title: Sampling')
          .replaceAll(`${untranslatedMark} `, ''),
      );
      expect(errorsOf(root)).toEqual([]);
      const english = contentIn(loadContent(root), 'en').authorities[0]!.notices.at(-1);
      expect(english).toMatchObject({
        title: 'Sampling',
        translation: { language: 'en', state: 'translated' },
      });
    });
  });
});
