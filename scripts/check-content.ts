/**
 * npm run check:content [-- --json] — validates content/ and checks every notice against GDPR art. 13
 * and 14. Prints a report per authority and notice; exits 1 on errors, so the build and the tests stop.
 */
import { contentRoot } from '../src/config/environment';
import { ContentError } from '../src/lib/content/errors';
import { checkChangeHistory } from '../src/lib/content/history';
import { loadProjectContent } from '../src/lib/content/load';
import { publishedVersionOf } from '../src/lib/content/published-version';
import { buildReport, formatReport } from './lib/editor-report';

const json = process.argv.includes('--json');

try {
  const content = loadProjectContent();
  const notices = content.authorities.flatMap((authority) => authority.purposes);
  const published = publishedVersionOf(contentRoot());
  const historyProblems = published.read ? checkChangeHistory(notices, published.read) : [];
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
