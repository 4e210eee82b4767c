import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readContent } from '@/lib/content/load';

import { newNoticeCommand } from '../../../scripts/lib/new-notice';
import {
  cleanEnvironment,
  commandFolderOf,
  inCopyOfValidContent,
  placeFixture,
  projectRoot,
} from '../helpers';

/** Runs `npm run new:purpose -- …` on the content folder `root`: its exit code, what it prints and where. */
const newNotice = (root: string, ...args: string[]) => newNoticeCommand(args, commandFolderOf(root));

describe('npm run new:purpose', () => {
  // The one test of the script itself: tsx, the exit code and stdout around the command the others call.
  it('runs as a script in the folder around the content folder', () => {
    const run = inCopyOfValidContent((root) =>
      spawnSync(
        path.join(projectRoot, 'node_modules/.bin/tsx'),
        [path.join(projectRoot, 'scripts/new-notice.ts'), 'testmyndighed', 'nyt-formaal'],
        { cwd: path.dirname(root), env: cleanEnvironment(), encoding: 'utf8' },
      ),
    );
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 0,
      stdout:
        'Skrev content/purposes/testmyndighed/nyt-formaal.md. Udfyld felterne, og kør så: npm run check:content\n',
      stderr: '',
    });
  });

  it('writes the template last in the authority’s list', () => {
    inCopyOfValidContent((root) => {
      expect(newNotice(root, 'testmyndighed', 'nyt-formaal')).toEqual({
        code: 0,
        output:
          'Skrev content/purposes/testmyndighed/nyt-formaal.md. Udfyld felterne, og kør så: npm run check:content',
      });
      expect(readFileSync(path.join(root, 'purposes/testmyndighed/nyt-formaal.md'), 'utf8')).toContain(
        '\norder: 3\n',
      );
    });
  });

  it('writes a second notice while the first still has the template’s texts', () => {
    inCopyOfValidContent((root) => {
      expect(newNotice(root, 'testmyndighed', 'foerste').code).toBe(0);
      expect(newNotice(root, 'testmyndighed', 'anden')).toEqual({
        code: 0,
        output:
          'Skrev content/purposes/testmyndighed/anden.md. Udfyld felterne, og kør så: npm run check:content',
      });
    });
  });

  it('asks for the authority and the file name', () => {
    expect(inCopyOfValidContent((root) => newNotice(root, 'testmyndighed'))).toEqual({
      code: 1,
      refused: true,
      output: 'Skriv myndigheden og filnavnet: npm run new:purpose -- <myndighed> <filnavn>',
    });
  });

  it('refuses an unknown authority', () => {
    expect(inCopyOfValidContent((root) => newNotice(root, 'ukendt', 'nyt'))).toEqual({
      code: 1,
      refused: true,
      output: '"ukendt" er ikke en myndighed. Skriv en af: testmyndighed, anden-myndighed',
    });
  });

  it('sends the editor to the errors of the authority’s own file first', () => {
    const result = inCopyOfValidContent((root) => {
      placeFixture(root, 'broken/authority-unknown-kind.md', 'authorities/brudt-myndighed.md');
      return newNotice(root, 'brudt-myndighed', 'nyt');
    });
    expect(result).toEqual({
      code: 1,
      refused: true,
      output:
        'Ret først fejlene i content/authorities/brudt-myndighed.md; kør npm run check:content for at se dem',
    });
  });

  it('refuses a name that cannot be an address', () => {
    expect(inCopyOfValidContent((root) => newNotice(root, 'testmyndighed', 'Nyt_formål'))).toEqual({
      code: 1,
      refused: true,
      output:
        '"Nyt_formål": må kun indeholde små bogstaver a–z, cifre og bindestreger (skriv æ som ae, ø som oe og å som aa). Omdøb filen',
    });
  });

  it('never overwrites an existing notice', () => {
    inCopyOfValidContent((root) => {
      const notice = path.join(root, 'purposes/testmyndighed/minimal.md');
      const before = readFileSync(notice, 'utf8');
      expect(newNotice(root, 'testmyndighed', 'minimal')).toEqual({
        code: 1,
        refused: true,
        output: 'content/purposes/testmyndighed/minimal.md findes allerede. Vælg et andet filnavn',
      });
      expect(readFileSync(notice, 'utf8')).toBe(before);
    });
  });

  it('writes the translation of an existing notice, to be filled in', () => {
    inCopyOfValidContent((root) => {
      expect(newNotice(root, 'testmyndighed', 'minimal', '--translation', 'en')).toEqual({
        code: 0,
        output:
          'Skrev content/translations/en/purposes/testmyndighed/minimal.md. Skriv teksterne, der begynder med "OVERSÆT:", på engelsk, og kør så: npm run check:content',
      });
      const problems = readContent(root).problems.filter((problem) =>
        problem.file.includes('/translations/'),
      );
      expect(problems.map((problem) => [problem.field, problem.message])).toEqual(
        ['title', 'summary', 'purpose', 'changes[0].note'].map((field) => [
          field,
          '"OVERSÆT: …" er ikke oversat endnu. Skriv teksten på engelsk',
        ]),
      );
    });
  });

  it('refuses a language the site is not translated into', () => {
    expect(
      inCopyOfValidContent((root) => newNotice(root, 'testmyndighed', 'minimal', '--translation', 'fr')),
    ).toEqual({
      code: 1,
      refused: true,
      output: '"fr" er ikke et sprog, sitet oversættes til. Skriv et af: en',
    });
  });

  it('refuses to translate a notice that does not exist', () => {
    const result = inCopyOfValidContent((root) => {
      const code = newNotice(root, 'testmyndighed', 'findes-ikke', '--translation', 'en');
      return {
        ...code,
        written: existsSync(path.join(root, 'translations/en/purposes/testmyndighed/findes-ikke.md')),
      };
    });
    expect(result).toEqual({
      code: 1,
      refused: true,
      output:
        'content/purposes/testmyndighed/findes-ikke.md findes ikke, så der er intet at oversætte. Skriv et af Testmyndighedens formål: minimal, videoovervaagning',
      written: false,
    });
  });

  it('sends the editor to the errors of a notice that cannot be read before translating it', () => {
    const result = inCopyOfValidContent((root) => {
      placeFixture(root, 'broken/yaml-syntax-error.md', 'purposes/testmyndighed/brudt.md');
      return newNotice(root, 'testmyndighed', 'brudt', '--translation', 'en');
    });
    expect(result).toEqual({
      code: 1,
      refused: true,
      output:
        'Ret først fejlene i content/purposes/testmyndighed/brudt.md; kør npm run check:content for at se dem',
    });
  });

  it('never overwrites an existing translation', () => {
    inCopyOfValidContent((root) => {
      const translation = path.join(root, 'translations/en/purposes/testmyndighed/videoovervaagning.md');
      const before = readFileSync(translation, 'utf8');
      expect(newNotice(root, 'testmyndighed', 'videoovervaagning', '--translation', 'en')).toEqual({
        code: 1,
        refused: true,
        output:
          'content/translations/en/purposes/testmyndighed/videoovervaagning.md findes allerede. Ret oversættelsen dér i stedet',
      });
      expect(readFileSync(translation, 'utf8')).toBe(before);
    });
  });

  it('names the one option it knows', () => {
    expect(
      inCopyOfValidContent((root) => newNotice(root, 'testmyndighed', 'minimal', '--sprog', 'en')),
    ).toEqual({
      code: 1,
      refused: true,
      output:
        'npm run new:purpose kender kun --translation <sprog>. Skriv: npm run new:purpose -- <myndighed> <filnavn> [--translation <sprog>]',
    });
  });
});
