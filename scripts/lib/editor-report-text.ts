import { formatProblem } from '../../src/lib/content/errors';
import {
  countOf,
  type AuthoritySummary,
  type ContentReport,
  type DeclaredGap,
  type ReportedProblem,
} from './editor-report';

/** Items grouped by their file, the files in the order they first appear. */
function byFile<Item extends { file: string }>(items: readonly Item[]): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(item.file, [...(groups.get(item.file) ?? []), item]);
  return [...groups.values()];
}

/** Each problem as formatProblem words it, a blank line between files. */
const problemLines = (problems: readonly ReportedProblem[]) =>
  byFile(problems).flatMap((group, index) => [...(index > 0 ? [''] : []), ...group.map(formatProblem)]);

function summaryLine(authority: AuthoritySummary): string {
  if (authority.notices === 0) return `  ${authority.name}: ingen formål`;
  return `  ${authority.name}: ${authority.notices} formål – ${authority.complete} ${authority.complete === 1 ? 'komplet' : 'komplette'}, ${authority.withGaps} med erklærede mangler, ${authority.withErrors} med fejl; ${authority.reviewOverdue} skal gennemgås`;
}

function gapLines(gaps: readonly DeclaredGap[], verbose: boolean): string[] {
  if (gaps.length === 0) return [];
  const files = byFile(gaps);
  const heading = `${countOf(gaps.length, 'erklæret mangel', 'erklærede mangler')} i ${countOf(files.length, 'fil', 'filer')} (knownGaps): siderne siger åbent, at oplysningen ikke er offentliggjort, og hvorfor.`;
  if (!verbose) return [`${heading} Se dem alle med npm run check:content -- --verbose`];
  return [
    heading,
    ...files.flatMap((group) => [
      '',
      group[0]!.file,
      ...group.map((gap) => `  ${gap.elementInDanish}: ${gap.reason}`),
    ]),
  ];
}

/**
 * The report as text for an editor, in Danish: errors first, grouped by file, then warnings, a summary
 * per authority, the declared gaps (in full only when `verbose`) and the verdict last.
 */
export function formatReport(report: ContentReport, { verbose = false } = {}): string {
  const errors = report.problems.filter((problem) => problem.severity === 'error');
  const warnings = report.problems.filter((problem) => problem.severity === 'warning');
  const sections = [
    errors.length > 0
      ? [`${countOf(errors.length, 'fejl', 'fejl')}, som skal rettes:`, '', ...problemLines(errors)]
      : [],
    warnings.length > 0
      ? [
          `${countOf(warnings.length, 'advarsel', 'advarsler')}, som ikke stopper offentliggørelsen:`,
          '',
          ...problemLines(warnings),
        ]
      : [],
    report.authorities.length > 0 ? ['Oversigt over formålene:', ...report.authorities.map(summaryLine)] : [],
    gapLines(report.declaredGaps, verbose),
    verbose && report.changeNotes ? [report.changeNotes] : [],
    [report.verdict],
  ];
  return sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}
