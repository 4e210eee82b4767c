import { formatProblem } from '../../src/lib/content/errors';
import {
  countOf,
  type AuthoritySummary,
  type ContentReport,
  type DeclaredGap,
  type ReportedProblem,
} from './editor-report';
import type { TranslationCount, UntranslatedFile } from './editor-report-translations';

/** Items grouped by a key, the groups in the order their keys first appear. */
function groupBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()];
}

/** Items grouped by their file, the files in the order they first appear. */
const byFile = <Item extends { file: string }>(items: readonly Item[]) => groupBy(items, (item) => item.file);

/** Each problem as formatProblem words it, a blank line between files. */
const problemLines = (problems: readonly ReportedProblem[]) =>
  byFile(problems).flatMap((group, index) => [...(index > 0 ? [''] : []), ...group.map(formatProblem)]);

/** "engelsk: 10 oversat, 1 forældet, 1 mangler", and how many have errors, if any. */
const translationCount = ({
  languageInDanish,
  translated,
  outdated,
  missing,
  withErrors,
}: TranslationCount) =>
  `${languageInDanish}: ${translated} oversat, ${outdated} forældet, ${missing} mangler${withErrors > 0 ? `, ${withErrors} med fejl` : ''}`;

function summaryLines(authority: AuthoritySummary): string[] {
  if (authority.notices === 0) return [`  ${authority.name}: ingen formål`];
  return [
    `  ${authority.name}: ${authority.notices} formål – ${authority.complete} ${authority.complete === 1 ? 'komplet' : 'komplette'}, ${authority.withGaps} med erklærede mangler, ${authority.withErrors} med fejl; ${authority.reviewOverdue} skal gennemgås`,
    ...authority.translations.map((count) => `    ${translationCount(count)}`),
  ];
}

/** One line, if the report covers any: how many authorities, agreements and shared texts lack a translation. */
function otherFilesLine(counts: readonly TranslationCount[]): string[] {
  const covered = counts.some(
    (count) => count.translated + count.outdated + count.missing + count.withErrors > 0,
  );
  if (!covered) return [];
  const missing = counts.map(({ languageInDanish, missing }) => `${languageInDanish}: ${missing} mangler`);
  return [`  Andre filer (myndigheder, ordninger og fælles tekster) – ${missing.join('; ')}`];
}

function untranslatedLines(files: readonly UntranslatedFile[], verbose: boolean): string[] {
  if (files.length === 0) return [];
  const heading = `${countOf(files.length, 'oversættelse', 'oversættelser')} er ${files.length === 1 ? 'forældet' : 'forældede'} eller mangler; hvor en oversættelse mangler, viser siden dansk.`;
  if (!verbose) return [`${heading} Se dem alle med npm run check:content -- --verbose`];
  const line = (file: UntranslatedFile) =>
    file.state === 'missing'
      ? `  ${file.file}`
      : `  ${file.translation}: ændret på dansk, siden det blev oversat: ${file.outdatedFields!.join(', ')}`;
  const groupHeading = (group: UntranslatedFile[]) => {
    const { language, languageInDanish, state } = group[0]!;
    if (state === 'outdated') return `${languageInDanish}, forældet:`;
    const start = group.some((file) => file.kind === 'notice')
      ? ` (begynd et formåls oversættelse med npm run new:purpose -- <myndighed> <filnavn> --translation ${language})`
      : '';
    return `${languageInDanish}, mangler${start}:`;
  };
  return [
    heading,
    ...groupBy(files, (file) => `${file.language} ${file.state}`).flatMap((group) => [
      '',
      groupHeading(group),
      ...group.map(line),
    ]),
  ];
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
 * per authority with its translations, the declared gaps and the out-of-date or missing translations (in
 * full only when `verbose`) and the verdict last.
 */
export function formatReport(report: ContentReport, { verbose = false } = {}): string {
  const errors = report.problems.filter((problem) => problem.severity === 'error');
  const warnings = report.problems.filter((problem) => problem.severity === 'warning');
  const summary = [
    ...report.authorities.flatMap(summaryLines),
    ...otherFilesLine(report.otherFileTranslations),
  ];
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
    summary.length > 0 ? ['Oversigt over formålene:', ...summary] : [],
    gapLines(report.declaredGaps, verbose),
    untranslatedLines(report.untranslated, verbose),
    verbose && report.changeNotes ? [report.changeNotes] : [],
    [report.verdict],
  ];
  return sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}
