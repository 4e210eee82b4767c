import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { loadContent } from '@/lib/content/load';
import { purposeTemplate } from '@/lib/content/purpose-template';

import { buildReport } from '../../scripts/lib/editor-report';

const project = path.resolve(import.meta.dirname, '../..');
const valid = path.join(project, 'tests/fixtures/content/valid');
let workDir: string | undefined;
afterEach(() => workDir && rmSync(workDir, { recursive: true, force: true }));

function copyOfValidContent(): string {
  workDir = mkdtempSync(path.join(tmpdir(), 'persondata-'));
  cpSync(valid, path.join(workDir, 'content'), { recursive: true });
  return workDir;
}

/** Runs `npm run new:purpose -- …` in a folder; returns its exit code and output. */
function newPurpose(cwd: string, ...args: string[]) {
  try {
    const stdout = execFileSync(
      path.join(project, 'node_modules/.bin/tsx'),
      [path.join(project, 'scripts/new-purpose.ts'), ...args],
      {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return { code: 0, output: stdout.trim() };
  } catch (error) {
    const failed = error as { status: number; stderr: string };
    return { code: failed.status, output: failed.stderr.trim() };
  }
}

describe('the new-purpose template', () => {
  it('passes the schema but fails completeness on every element an editor must fill in', () => {
    const dir = copyOfValidContent();
    writeFileSync(
      path.join(dir, 'content/purposes/testmyndighed/nyt.md'),
      purposeTemplate({ today: '2026-11-23', order: 3, topicIds: ['test', 'andet'] }),
    );
    const report = buildReport(loadContent(path.join(dir, 'content')), { today: '2026-11-23' });
    const notice = report.authorities[0]!.notices.find((candidate) => candidate.slug === 'nyt')!;
    expect(notice.errors.map((error) => error.field)).toEqual([
      'legalBases',
      'sources',
      'dataCategories',
      'provisionRequirement',
      'recipients',
      'transfers',
      'retention',
    ]);
  });
});

describe('npm run new:purpose', () => {
  it('writes the template last in the authority’s list', () => {
    const dir = copyOfValidContent();
    expect(newPurpose(dir, 'testmyndighed', 'nyt-formaal')).toEqual({
      code: 0,
      output:
        'Wrote content/purposes/testmyndighed/nyt-formaal.md. Fill it in, then run: npm run check:content',
    });
    expect(readFileSync(path.join(dir, 'content/purposes/testmyndighed/nyt-formaal.md'), 'utf8')).toContain(
      '\norder: 3\n',
    );
  });

  it('refuses an unknown authority', () => {
    expect(newPurpose(copyOfValidContent(), 'ukendt', 'nyt')).toEqual({
      code: 1,
      output: '"ukendt" is no authority; use one of: testmyndighed, anden-myndighed',
    });
  });

  it('refuses a name that cannot be an address', () => {
    expect(newPurpose(copyOfValidContent(), 'testmyndighed', 'Nyt_formål')).toEqual({
      code: 1,
      output:
        '"Nyt_formål": the name may only use lowercase a–z, digits and hyphens (write æ as ae, ø as oe, å as aa)',
    });
  });

  it('never overwrites an existing notice', () => {
    const dir = copyOfValidContent();
    expect(newPurpose(dir, 'testmyndighed', 'minimal')).toEqual({
      code: 1,
      output: 'content/purposes/testmyndighed/minimal.md exists already; choose another name',
    });
    expect(existsSync(path.join(dir, 'content/purposes/testmyndighed/minimal.md'))).toBe(true);
  });
});
