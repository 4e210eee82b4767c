/** The work of npm run check:content (scripts/check-content.ts), as a function the tests call in process. */
import { checkAgainstPublished } from '../../src/lib/content/check';
import { today } from '../../src/lib/dates';
import { parseCheckArguments } from './check-arguments';
import type { CommandFolder, CommandResult } from './command';
import { buildReport } from './editor-report';
import { formatReport } from './editor-report-text';

/**
 * Checks the content folder and reports in Danish (or as JSON with --json): exits 1 on errors, 0 with only
 * warnings. Change notes are compared with `publishedRef`, by default PERSONDATA_PUBLISHED_REF or main.
 */
export function checkContentCommand(
  args: readonly string[],
  folder: CommandFolder,
  { publishedRef }: { publishedRef?: string } = {},
): CommandResult {
  const parsed = parseCheckArguments(args, folder);
  if (parsed.mistake) return { code: 1, output: parsed.mistake, refused: true };
  const { changeNotes, ...check } = checkAgainstPublished(folder.root, folder.label, { publishedRef });
  const report = buildReport(
    { ...check, problems: [...parsed.problems, ...check.problems] },
    { today: today(), files: parsed.files, changeNotes },
  );
  return {
    code: report.errors > 0 ? 1 : 0,
    output: parsed.json ? JSON.stringify(report, null, 2) : formatReport(report, { verbose: parsed.verbose }),
  };
}
