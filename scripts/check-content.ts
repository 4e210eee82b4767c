/**
 * npm run check:content [-- --json] — validates content/ and checks every notice against GDPR art. 13
 * and 14. Prints a report per authority and notice, then any warnings; exits 1 on errors, so the build and
 * the tests stop.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { ContentError, formatProblem, isError } from '../src/lib/content/errors';
import { checkChangeHistory } from '../src/lib/content/history';
import { readProjectContent } from '../src/lib/content/load';
import { buildReport, formatReport } from './lib/editor-report';

const json = process.argv.includes('--json');

/** The file as in the last commit; undefined when it is new, outside the repository, or git is not available. */
function committedVersion(_file: string, absolutePath: string): string | undefined {
  try {
    // "./" makes the path relative to the working directory, wherever the content folder is.
    const relative = path.relative(process.cwd(), absolutePath).split(path.sep).join('/');
    return execFileSync('git', ['show', `HEAD:./${relative}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

const { content, problems } = readProjectContent();
if (!content || problems.some(isError)) {
  console.error(json ? JSON.stringify({ problems }, null, 2) : new ContentError(problems).message);
  process.exitCode = 1;
} else {
  const notices = content.authorities.flatMap((authority) => authority.purposes);
  const historyProblems = checkChangeHistory(notices, committedVersion);
  const report = buildReport(content, {
    today: new Date().toISOString().slice(0, 10),
    extraProblems: historyProblems,
  });
  // Warnings do not stop the build, but the editor must see them.
  const warnings = problems.map(formatProblem);
  const text = [formatReport(report), ...(warnings.length > 0 ? ['', 'Advarsler:', ...warnings] : [])];
  console.log(json ? JSON.stringify({ ...report, warnings: problems }, null, 2) : text.join('\n'));
  if (report.summary.withErrors > 0 || report.summary.authoritiesWithErrors > 0) process.exitCode = 1;
}
