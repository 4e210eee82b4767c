/**
 * npm run check:content [-- --json] [--verbose] [path …]: checks the content, every problem of every file
 * (src/lib/content/check.ts), and reports in Danish: errors first, then warnings, a summary per authority
 * and a verdict. Given paths, it reports on those files only (the others are still read: links and
 * references need them). Exits 1 on errors, so the build stops; 0 with only warnings.
 */
import { contentLabel, contentRoot } from '../src/config/environment';
import { checkProjectContent } from '../src/lib/content/check';
import { today } from '../src/lib/dates';
import { parseCheckArguments } from './lib/check-arguments';
import { buildReport } from './lib/editor-report';
import { formatReport } from './lib/editor-report-text';

const args = parseCheckArguments(process.argv.slice(2), { root: contentRoot(), label: contentLabel });
if (args.mistake) {
  console.error(args.mistake);
  process.exitCode = 1;
} else {
  const { changeNotes, ...check } = checkProjectContent();
  const report = buildReport(
    { ...check, problems: [...args.problems, ...check.problems] },
    { today: today(), files: args.files, changeNotes },
  );
  console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report, { verbose: args.verbose }));
  process.exitCode = report.errors > 0 ? 1 : 0;
}
