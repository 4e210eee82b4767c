/**
 * What the content commands (npm run check:content, npm run new:purpose) share: the folder they work on and
 * the result they end with. Each command is a function, so the tests run it in process; its script only
 * prints the result and sets the exit code.
 */
import { contentLabel, contentRoot } from '../../src/config/environment';

/** The content folder a command works on. */
export interface CommandFolder {
  /** The folder on disk. */
  root: string;
  /** The folder as messages name it (content, or PERSONDATA_CONTENT_DIR). */
  label: string;
  /** The folder paths given to the command are relative to. */
  cwd: string;
}

/** What a command ends with. */
export interface CommandResult {
  /** 0 when the command did its work, 1 when it refused or found errors. */
  code: number;
  /** What it tells the editor, in Danish. */
  output: string;
  /** Printed to stderr: the command refused, so there is no result to read on stdout. */
  refused?: boolean;
}

/** The project's content folder, with paths relative to where the command runs. */
export const projectFolder = (): CommandFolder => ({
  root: contentRoot(),
  label: contentLabel,
  cwd: process.cwd(),
});

/** Thrown inside a command to refuse, with the editor's message; the command turns it into its result. */
export class CommandRefused extends Error {}

/** The command's result, or its refusal if `work` refuses. */
export function refusalOr(work: () => CommandResult): CommandResult {
  try {
    return work();
  } catch (error) {
    if (error instanceof CommandRefused) return { code: 1, output: error.message, refused: true };
    throw error;
  }
}

/** Prints the result, to stderr if the command refused, and sets the exit code. */
export function finish({ code, output, refused }: CommandResult) {
  if (refused) console.error(output);
  else console.log(output);
  process.exitCode = code;
}
