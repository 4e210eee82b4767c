/**
 * npm run check:content [-- --json] — validates content/ and checks every notice against GDPR art. 13
 * and 14. Prints a report per authority and notice; exits 1 on errors, so the build and the tests stop.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { ContentError } from '../src/lib/content/errors';
import { checkChangeHistory } from '../src/lib/content/history';
import { loadContent } from '../src/lib/content/load';
import { contentRoot } from '../src/lib/content/root';
import { buildReport, formatReport } from './lib/editor-report';

const json = process.argv.includes('--json');

/** The file as in the last commit; undefined when it is new or git is not available. */
function committedVersion(file: string): string | undefined {
  try {
    return execFileSync('git', ['show', `HEAD:${file}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

try {
  const content = loadContent(contentRoot());
  const notices = content.authorities.flatMap((authority) => authority.purposes);
  const historyProblems = checkChangeHistory(
    notices.map((notice) => ({ file: notice.file, absolutePath: path.resolve(notice.file) })),
    committedVersion,
  );
  const report = buildReport(content, {
    today: new Date().toISOString().slice(0, 10),
    extraProblems: historyProblems,
  });
  console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  if (report.summary.withErrors > 0 || report.summary.authoritiesWithErrors > 0) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(json ? JSON.stringify({ problems: error.problems }, null, 2) : error.message);
  process.exitCode = 1;
}
