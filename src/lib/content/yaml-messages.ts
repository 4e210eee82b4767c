import type { YAMLError } from 'yaml';

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
