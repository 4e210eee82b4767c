import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContentCommand } from '../../../scripts/lib/check-content';
import type { ContentReport } from '../../../scripts/lib/editor-report';
import {
  cleanEnvironment,
  commandFolderOf,
  git,
  inCopyOfPublishableContent,
  inCopyOfValidContent,
  projectRoot,
  publishOnMain,
} from '../helpers';

/** Runs the check on the content folder `root`, from the folder around it, as an editor would. */
const checkContent = (root: string, args: string[] = [], options: { publishedRef?: string } = {}) =>
  checkContentCommand(args, commandFolderOf(root), options);

const video = 'purposes/testmyndighed/videoovervaagning.md';

describe('npm run check:content', () => {
  // The one test of the script itself: npm, tsx, PERSONDATA_CONTENT_DIR and the exit code around the
  // command the others call. minimal.md of the valid fixture set lacks seven elements.
  it('prints the report as JSON through npm run, and exits 1 on errors', () => {
    const run = inCopyOfValidContent((root) =>
      spawnSync('npm', ['run', 'check:content', '--', '--json'], {
        cwd: projectRoot,
        env: cleanEnvironment({ PERSONDATA_CONTENT_DIR: root }),
        encoding: 'utf8',
      }),
    );
    // JSON.parse fails on anything else on stdout, such as npm's "> persondata@… check:content" banner.
    const report = JSON.parse(run.stdout) as ContentReport;
    expect({ code: run.status, errors: report.errors }).toEqual({ code: 1, errors: 7 });
  });

  it('exits 0 when there are only warnings', () => {
    const { code, output } = inCopyOfPublishableContent((root) => {
      const file = path.join(root, video);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('article: 6(1)(e)', 'article: 6(1)(f)')
          .replace('transfers: []', 'transfers: []\nlegitimateInterest: At beskytte bygningen.'),
      );
      // The translation would have to follow the new legitimate interest; this test is about the Danish warning.
      rmSync(path.join(root, 'translations'), { recursive: true });
      return checkContent(root);
    });
    expect(code).toBe(0);
    expect(output.split('\n').at(-1)).toBe(
      'Ingen fejl: indholdet kan offentliggøres. Se på advarslen ovenfor.',
    );
  });

  it('reports and exits by the named files only, while the others are still read', () => {
    const { code, output } = inCopyOfValidContent((root) => checkContent(root, [`content/${video}`]));
    expect(code).toBe(0);
    expect(output.split('\n')).toEqual([
      'Oversigt over formålene:',
      '  Testmyndigheden: 1 formål – 1 komplet, 0 med erklærede mangler, 0 med fejl; 0 skal gennemgås',
      '    engelsk: 1 oversat, 0 forældet, 0 mangler',
      '',
      'Ingen fejl i de valgte filer, men 7 fejl i andre filer skal rettes, før indholdet kan offentliggøres. Se dem med npm run check:content.',
    ]);
  });

  it('refuses an option it does not know, and checks nothing', () => {
    expect(inCopyOfValidContent((root) => checkContent(root, ['--jsno']))).toEqual({
      code: 1,
      output:
        'npm run check:content kender ikke --jsno. Skriv --json, --verbose og stier til filer, fx npm run check:content -- --verbose content/purposes/udlaendingestyrelsen/videoovervaagning.md',
      refused: true,
    });
  });

  it('stops on a legal change without a change note since PERSONDATA_PUBLISHED_REF', () => {
    const { code, output } = inCopyOfPublishableContent((root) => {
      const repository = publishOnMain(root);
      git(repository, 'tag', 'offentliggjort');
      const file = path.join(root, video);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('period: 30 dage', 'period: 30 dage fra optagelsen'),
      );
      git(repository, 'commit', '--quiet', '-am', 'Længere opbevaring');
      return checkContent(root, [], { publishedRef: 'offentliggjort' });
    });
    expect(code).toBe(1);
    expect(output.split('\n').slice(0, 3)).toEqual([
      '1 fejl, som skal rettes:',
      '',
      `content/${video}, linje 35: changes (ændringer): retention (opbevaring) er ændret i forhold til den offentliggjorte version; tilføj et punkt under changes med dagens dato og en kort note om, hvad der er ændret`,
    ]);
  });
});
