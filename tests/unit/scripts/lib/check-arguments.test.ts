import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseCheckArguments } from '../../../../scripts/lib/check-arguments';
import { projectRoot } from '../../helpers';

const root = path.join(projectRoot, 'content');
const parse = (...args: string[]) => parseCheckArguments(args, { root, label: 'content', cwd: projectRoot });
const notice = 'content/purposes/udlaendingestyrelsen/videoovervaagning.md';

describe('the arguments of npm run check:content', () => {
  it('checks everything, as text, without arguments', () => {
    expect(parse()).toEqual({ json: false, verbose: false, problems: [] });
  });

  it('takes --json and --verbose', () => {
    expect(parse('--json', '--verbose')).toEqual({ json: true, verbose: true, problems: [] });
  });

  it('names files relative to the working folder or absolute, and folders, as problems name them', () => {
    expect(
      parse(
        notice,
        path.join(root, 'authorities/udlaendingestyrelsen.md'),
        './content/purposes/hjemrejsestyrelsen/',
      ).files,
    ).toEqual([notice, 'content/authorities/udlaendingestyrelsen.md', 'content/purposes/hjemrejsestyrelsen']);
  });

  it('reports a path that does not exist, or lies outside the content folder, as an error', () => {
    expect(parse('content/purposes/udlaendingestyrelsen/video.md', 'README.md')).toEqual({
      json: false,
      verbose: false,
      files: ['content/purposes/udlaendingestyrelsen/video.md', 'README.md'],
      problems: [
        {
          file: 'content/purposes/udlaendingestyrelsen/video.md',
          field: '',
          message: `findes ikke. Tjek stavningen; stien skal være som fx ${notice}`,
        },
        {
          file: 'README.md',
          field: '',
          message: `ligger ikke i indholdsmappen. Skriv stien til en fil i content/, fx ${notice}`,
        },
      ],
    });
  });

  it('refuses an option it does not know', () => {
    expect(parse('--jsn').mistake).toBe(
      `npm run check:content kender ikke --jsn. Skriv --json, --verbose og stier til filer, fx npm run check:content -- --verbose ${notice}`,
    );
  });
});
