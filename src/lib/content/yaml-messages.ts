import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  visit,
  type Document,
  type LineCounter,
  type YAMLError,
} from 'yaml';

/** The text of line `line` (from 1) of the frontmatter. */
type LineText = (line: number) => string;

const quoted = /^\s*(?:-\s+)?(?:[^\s:#][^:#]*:\s+)?(["'])/;

/** The first line before `before` that opens a quote it does not close: where the closing quote is missing. */
function unclosedQuoteLine(lineText: LineText, before: number): number | undefined {
  for (let line = 1; line <= before; line += 1) {
    const text = lineText(line);
    const quote = quoted.exec(text)?.[1];
    if (quote && text.split(quote).length % 2 === 0) return line;
  }
  return undefined;
}

/** The last line before `before` with more `opening` than `closing` brackets. */
function unclosedBracketLine(lineText: LineText, before: number, opening: string, closing: string) {
  for (let line = before - 1; line >= 1; line -= 1) {
    const text = lineText(line);
    if (text.split(opening).length > text.split(closing).length) return line;
  }
  return undefined;
}

function colonInValueMessage(text: string): string {
  const [, key, value] = /^\s*([^\s:#][^:#]*?):\s+(.*)$/.exec(text) ?? [];
  const example = key && value ? `: ${key}: "${value.replaceAll('"', "'")}"` : ', fx title: "Formål: tekst"';
  return `værdien indeholder et kolon efterfulgt af mellemrum, som læses som et nyt felt. Sæt hele værdien i anførselstegn${example}`;
}

function missingColonMessage(text: string): string {
  const [, key, rest] = /^\s*(?:-\s+)?(\S+)\s*(.*)$/.exec(text) ?? [];
  const example = key ? ` Skriv "${`${key}: ${rest ?? ''}`.trimEnd()}"` : '';
  return `der mangler et kolon efter feltnavnet.${example}, eller ryk linjen ind, hvis teksten fortsætter fra linjen over`;
}

const keyOn = (text: string) => /^\s*(?:-\s+)?([^\s:#][^:#]*?):/.exec(text)?.[1] ?? text.trim();

const indentOf = (text: string) => /^ */.exec(text)?.[0].length ?? 0;

/** Whether a line names a field: "key:" followed by a space or nothing, after any "- ". */
const namesField = (text: string) => /^\s*(?:-\s+)?[^\s:#][^:#]*:(\s|$)/.test(text);

/**
 * The first line indented by an odd number of spaces from the last unindented line before `line` up to
 * `line`: fields and list items step in twos, so that is where a stray space went (the lines under it may
 * have followed it). The parser notices the stray space only lines later, where something no longer lines up.
 */
function oddlyIndentedLine(lineText: LineText, line: number): number | undefined {
  let odd: number | undefined;
  for (let candidate = line; candidate >= 1; candidate -= 1) {
    const text = lineText(candidate);
    if (text.trim() === '') continue;
    if (indentOf(text) % 2 === 1) odd = candidate;
    if (indentOf(text) === 0 && candidate < line) break;
  }
  return odd;
}

const strayIndentMessage = (text: string) =>
  `linjen er rykket ${indentOf(text)} mellemrum ind, men felter og listepunkter rykkes ind i trin af to mellemrum. Fjern eller tilføj et mellemrum foran linjen, så den står præcis under linjerne på samme niveau`;

/**
 * The list item above a line without "- " and without a field name that stands no further in than the
 * item's text: the list item the editor meant, written without its dash. YAML refuses such a line; one
 * further in is merged into the item (see mergedListItems).
 */
function listItemAbove(lineText: LineText, line: number): string | undefined {
  const text = lineText(line);
  if (text.trim() === '' || namesField(text) || text.trimStart().startsWith('-')) return undefined;
  for (let above = line - 1; above >= 1; above -= 1) {
    const previous = lineText(above);
    if (previous.trim() === '') continue;
    const dash = /^(\s*)-\s+/.exec(previous)?.[0];
    if (dash !== undefined && indentOf(text) <= dash.length) return previous;
    if (indentOf(previous) <= indentOf(text)) return undefined;
  }
  return undefined;
}

/** What to write for a new list item: "- Tekst", or "- name: Tekst" where the item above begins with a field. */
function newItem(text: string, itemAbove: string) {
  const key = /^\s*-\s+([^\s:#][^:#]*?):\s/.exec(itemAbove)?.[1];
  return `${' '.repeat(indentOf(itemAbove))}- ${key ? `${key}: ` : ''}${text.trim()}`;
}

/** The fix for a list line without "- ": never more indentation, which would merge it into the item silently. */
export const listItemAdvice = (text: string, itemAbove: string) =>
  `Skriv "- " foran, hvis det er et nyt punkt: "${newItem(text, itemAbove)}". Hører teksten til punktet over, så skriv den i forlængelse af punktets tekst`;

export interface YamlProblem {
  line: number;
  message: string;
}

/**
 * A YAML syntax error in plain Danish, at the line where the editor must look. The parser reports where it
 * gave up, which is often later than the mistake (a missing closing quote is found at the end).
 */
export function yamlProblem(errors: readonly YAMLError[], lineText: LineText): YamlProblem {
  const [first] = errors;
  const line = first?.linePos?.[0].line ?? 1;
  if (first?.code === 'MISSING_CHAR' && first.message.includes('quote'))
    return syntaxProblem(errors, lineText, line);
  const problem = syntaxProblem(errors, lineText, line);
  // A stray space is where the editor must look, however the parser read the lines after it.
  const lastLine = Math.max(problem.line, first?.linePos?.[1]?.line ?? line);
  const stray = oddlyIndentedLine(lineText, lastLine);
  if (stray !== undefined && stray !== problem.line)
    return { line: stray, message: strayIndentMessage(lineText(stray)) };
  const itemAbove = listItemAbove(lineText, line);
  if (itemAbove) {
    const text = lineText(line);
    const orField = indentOf(text) === 0 ? '; er det et felt, så skriv kolon efter feltnavnet' : '';
    return {
      line,
      message: `linjen står under et listepunkt uden "- " foran og uden et feltnavn. ${listItemAdvice(text, itemAbove)}${orField}`,
    };
  }
  return problem;
}

function syntaxProblem(errors: readonly YAMLError[], lineText: LineText, line: number): YamlProblem {
  const [first] = errors;
  const codes = errors.map((error) => error.code);
  switch (first?.code) {
    case 'MISSING_CHAR':
      if (first.message.includes('quote')) {
        const opened = unclosedQuoteLine(lineText, line) ?? line;
        return {
          line: opened,
          message: `anførselstegnet, der begynder på linjen, lukkes ikke. Sæt det samme tegn (" eller ') i slutningen af teksten, eller fjern det`,
        };
      }
      return {
        line,
        message:
          'linjen er rykket forkert ind i forhold til listepunktet over. Felter i samme punkt skal stå præcis under hinanden; et nyt punkt begynder med "- "',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (codes.includes('MULTILINE_IMPLICIT_KEY')) {
        const end =
          errors.find((error) => error.code === 'MULTILINE_IMPLICIT_KEY')?.linePos?.[1]?.line ?? line;
        return {
          line: end,
          message: `linjen er rykket mere ind end linjen over, som allerede har en værdi. Ryk "${keyOn(lineText(end))}" ud, så det står under de andre felter`,
        };
      }
      return { line, message: colonInValueMessage(lineText(line)) };
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        line,
        message: missingColonMessage(lineText(line)),
      };
    case 'DUPLICATE_KEY':
      return {
        line,
        message: `feltet "${keyOn(lineText(line))}" står allerede længere oppe. Hvert felt må kun stå én gang; slet det ene, eller ret navnet`,
      };
    case 'TAB_AS_INDENT':
      return { line, message: 'linjen er rykket ind med tabulator. Brug mellemrum til indrykning' };
    case 'BAD_INDENT': {
      const bracket = /end with an? ([\]}])/.exec(first.message)?.[1];
      if (bracket) {
        const opening = bracket === ']' ? '[' : '{';
        return {
          line: unclosedBracketLine(lineText, line, opening, bracket) ?? line,
          message: `${opening} på linjen lukkes ikke med ${bracket}. Tilføj ${bracket} sidst på linjen, eller skriv listen med ét punkt pr. linje og "- " foran`,
        };
      }
      return {
        line,
        message: 'linjen er rykket forkert ind. Felter på samme niveau skal stå præcis under hinanden',
      };
    }
    case 'BAD_DIRECTIVE':
    case 'UNEXPECTED_TOKEN':
    default:
      return {
        line,
        message: `frontmatter kan ikke læses her (YAML-fejl ${first?.code ?? 'ukendt'}). Tjek indrykning, kolon, bindestreger og anførselstegn på linjen og linjen før`,
      };
  }
}

/** A line that reads as its own item: it begins with a capital letter after a line that ends no sentence. */
const looksLikeNewItem = (previous: string, text: string) =>
  /^\p{Lu}/u.test(text.trim()) && !/[.,;:!?(\-–]$/.test(previous.trim());

/**
 * Lines YAML folds into the list item above without a word: a plain text in a list item (or in a field of
 * one) continues on every following line indented further than its "-", so "- Abonnenter" followed by an
 * indented "Medarbejdere i andre myndigheder" is one item. A continuation line that begins with "- " is
 * certainly a list item, one space too far in: an error. One that begins with a capital letter after a line
 * that ends no sentence is likely one: a warning, since a long item may be wrapped on purpose.
 */
export function mergedListItems(
  document: Document,
  lines: LineCounter,
  lineText: LineText,
): (YamlProblem & { warning?: true })[] {
  const problems: (YamlProblem & { warning?: true })[] = [];
  visit(document, {
    Scalar(_, node, path) {
      const [item, inField] = [path.at(-1), isPair(path.at(-1))];
      const inItem = isSeq(item) || (inField && isMap(path.at(-2)) && isSeq(path.at(-3)));
      if (!inItem || !isScalar(node) || node.type !== Scalar.PLAIN || !node.range) return;
      const first = lines.linePos(node.range[0]).line;
      const last = lines.linePos(node.range[1]).line;
      const itemLine = lineText(first);
      for (let line = first + 1; line <= last; line += 1) {
        const text = lineText(line);
        if (text.trim() === '') continue;
        if (/^\s*-(\s|$)/.test(text))
          problems.push({
            line,
            message: `linjen "${text.trim()}" bliver en del af punktet over, fordi "-" står længere inde end punktets "-". Ryk linjen ud, så "-" står præcis under "-" i punktet over`,
          });
        else if (looksLikeNewItem(lineText(line - 1), text))
          problems.push({
            line,
            message: `linjen "${text.trim()}" ser ud til at være et nyt punkt, men bliver en del af punktet over. ${listItemAdvice(text, itemLine)}`,
            warning: true,
          });
      }
    },
  });
  return problems;
}
