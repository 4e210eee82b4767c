/**
 * CONTRIBUTING.md's "Add a language", step by step, for German ("de"): the entry in the language table
 * (every module this file imports reads the table with it), the dictionary the type check asks for, the
 * translations folder, and what the site and the generated files make of it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';

import { pagePaths } from '@/config/routes';
import { nginxHeaderFiles } from '@/config/security-headers';
import { checkContent } from '@/lib/content/check';
import { isError } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { untranslatedMark } from '@/lib/content/translations';
import { today } from '@/lib/dates';
import { editorConfig } from '@/lib/editor/editor-config';
import { contentIn } from '@/lib/site-content/localize';

import { checkContentCommand } from '../../../scripts/lib/check-content';
import { newNoticeCommand } from '../../../scripts/lib/new-notice';
import { commandFolderOf, inCopyOfPublishableContent, projectRoot } from '../helpers';

/** Step 1: the language's entry in the table of src/config/languages.ts. */
const { withGerman } = vi.hoisted(() => ({
  withGerman: (table: string) =>
    table.replace(
      '] as const satisfies',
      "  { code: 'de', name: 'Deutsch', dir: 'ltr' },\n] as const satisfies",
    ),
}));

// Every module this file imports reads the table with the entry: a copy of the file with it added.
vi.mock('@/config/languages', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const nodePath = await import('node:path');
  const folder = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'persondata-languages-'));
  const file = nodePath.join(folder, 'languages.ts');
  const table = nodePath.join(import.meta.dirname, '../../../src/config/languages.ts');
  fs.writeFileSync(file, withGerman(fs.readFileSync(table, 'utf8')));
  try {
    return (await import(file)) as Record<string, unknown>;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

const source = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

const tsconfig = ts.readConfigFile(path.join(projectRoot, 'tsconfig.json'), (file) => ts.sys.readFile(file));
const options = {
  ...ts.parseJsonConfigFileContent(tsconfig.config, ts.sys, projectRoot).options,
  incremental: false,
};
const dictionaries = path.join(projectRoot, 'src/i18n/dictionaries/index.ts');
// The project's files and the libraries are parsed once for both programs.
const parsed = new Map<string, ts.SourceFile | undefined>();

/** What `npm run typecheck` says about the dictionaries with `files` (project paths → texts) in place. */
function typeErrors(files: Record<string, string>): string[] {
  const overlay = new Map(Object.entries(files).map(([file, text]) => [path.join(projectRoot, file), text]));
  const base = ts.createCompilerHost(options);
  const host: ts.CompilerHost = {
    ...base,
    fileExists: (file) => overlay.has(file) || base.fileExists(file),
    readFile: (file) => overlay.get(file) ?? base.readFile(file),
    getSourceFile: (file, language) => {
      const text = overlay.get(file);
      if (text !== undefined) return ts.createSourceFile(file, text, language);
      if (!parsed.has(file)) parsed.set(file, base.getSourceFile(file, language));
      return parsed.get(file);
    },
  };
  const program = ts.createProgram([dictionaries], options, host);
  // The dictionaries and the files changed are enough: an error the step causes is reported in them.
  return [dictionaries, ...overlay.keys()]
    .flatMap((file) => ts.getPreEmitDiagnostics(program, program.getSourceFile(file)))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('CONTRIBUTING.md: add a language', () => {
  it('fails the type check until the language has its dictionary', () => {
    const table = { 'src/config/languages.ts': withGerman(source('src/config/languages.ts')) };
    expect(typeErrors(table).join('\n')).toContain("Property 'de' is missing");

    // Step 2: src/i18n/dictionaries/de.ts, a copy of en.ts to translate, and its place in index.ts.
    const dictionary = {
      'src/i18n/dictionaries/de.ts': source('src/i18n/dictionaries/en.ts').replace(
        'export const en =',
        'export const de =',
      ),
      'src/i18n/dictionaries/index.ts': source('src/i18n/dictionaries/index.ts')
        .replace("import { en } from './en';", "import { de } from './de';\nimport { en } from './en';")
        .replace('{ da, en }', '{ da, en, de }'),
    };
    expect(typeErrors({ ...table, ...dictionary })).toEqual([]);
  });

  it('gives every page an address in the language, with its translations, and the generated files', () => {
    inCopyOfPublishableContent((root) => {
      // Step 3: the content's translations, content/translations/de/, begun with npm run new:purpose.
      const notice = 'translations/de/purposes/testmyndighed/videoovervaagning.md';
      const written = newNoticeCommand(
        ['testmyndighed', 'videoovervaagning', '--translation', 'de'],
        commandFolderOf(root),
      );
      expect(written.output).toContain('på tysk');
      const file = path.join(root, notice);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace(`title: "${untranslatedMark} Videoovervågning"`, 'title: Videoüberwachung')
          .replace(new RegExp(`^${untranslatedMark} .*\\n\\n`, 'm'), '')
          .replaceAll(`${untranslatedMark} `, ''),
      );
      expect(checkContent(root, 'content', { today: today() }).problems.filter(isError)).toEqual([]);
      expect(checkContentCommand([], commandFolderOf(root)).output).toContain(
        '    tysk: 1 oversat, 0 forældet, 1 mangler',
      );

      const content = loadContent(root);
      expect(pagePaths(content)).toEqual(
        expect.arrayContaining([
          '/de',
          '/de/testmyndighed',
          '/de/testmyndighed/videoovervaagning',
          '/de/brug-dine-rettigheder/testmyndighed',
        ]),
      );
      const german = contentIn(content, 'de').authorities[0]!.notices;
      expect(german.find((candidate) => candidate.slug === 'videoovervaagning')).toMatchObject({
        title: 'Videoüberwachung',
        translation: { language: 'de', state: 'translated' },
      });

      // Step 4: npm run build:nginx (the 404 page by the address's language) and npm run build:editor.
      expect(nginxHeaderFiles()['languages.conf']).toContain('~^/de(/|$) /de/404.html;');
      const editor = editorConfig(content, { mode: 'production', backend: { name: 'github', repo: 'a/b' } });
      expect(editor.collections.map((collection) => collection.name)).toContain('de-purposes-testmyndighed');
    });
  });
});
