/**
 * npm run check:code: the type check and the lint in one pass over one TypeScript program. `tsc` and the
 * typed lint rules would each build the whole program (about half a minute here); this builds it once,
 * reports its type errors as tsc would, then hands it to ESLint (typescript-eslint's `programs`) for the
 * typed rules. Exits 1 on any type error, lint error or lint warning (the lint's --max-warnings 0).
 * `--types-only` (npm run typecheck) stops after the type check.
 */
import path from 'node:path';

import { ESLint } from 'eslint';
import ts from 'typescript';

const root = process.cwd();

function loadProgram(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  )!;
  // No build info: this program is handed on to the lint, which needs every file's types.
  return ts.createProgram({
    rootNames: config.fileNames.filter((file) => !isRouteValidator(file)),
    options: { ...config.options, incremental: false },
    projectReferences: config.projectReferences,
  });
}

/**
 * Next.js writes route validators for the preview (.next/dev/types) and the build (.next/types), and
 * lists both in tsconfig.json: after a preview and a build in one checkout they contradict each other
 * (the preview's routes include /admin) and every check fails. A fresh clone has neither when this
 * runs, so leaving them out checks the same program everywhere.
 */
const isRouteValidator = (file: string) =>
  path.relative(root, file).startsWith(`.next${path.sep}`) && file.endsWith('validator.ts');

function typeErrors(program: ts.Program): string {
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return ts.formatDiagnosticsWithColorAndContext(diagnostics, {
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  });
}

async function lintReport(program: ts.Program): Promise<{ text: string; failed: boolean }> {
  const eslint = new ESLint({
    overrideConfig: {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parserOptions: { projectService: false, programs: [program] } },
    },
  });
  const results = await eslint.lintFiles(['.']);
  const formatter = await eslint.loadFormatter('stylish');
  const failed = results.some((result) => result.errorCount > 0 || result.warningCount > 0);
  return { text: await formatter.format(results), failed };
}

const program = loadProgram();
const types = typeErrors(program);
if (types) console.error(types);
const lint = process.argv.includes('--types-only') ? undefined : await lintReport(program);
if (lint?.text) console.error(lint.text);
process.exitCode = types || lint?.failed ? 1 : 0;
