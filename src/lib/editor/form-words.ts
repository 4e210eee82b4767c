import type { ContentProblem } from '../content/errors';
import { fieldNames, parseFieldPath } from '../content/field-names';
import { fieldLabel } from './danish-label';

/**
 * The content check's messages in the web editor's words. The check speaks to someone editing Markdown
 * and names fields as the file writes them ("retention (opbevaring)", "tilføj et punkt under changes");
 * the form shows labels ("Opbevaring", "Ændringer"), and never the file's path.
 */

/** "changes[1].date" → "Ændringer › punkt 2 › Dato": a field as the form's labels lead to it. */
export const fieldInForm = (field: string) =>
  parseFieldPath(field)
    .map((key) => (typeof key === 'number' ? `punkt ${key + 1}` : labelOf(key)))
    .join(' › ');

const labelOf = (key: string) => (key in fieldNames ? fieldLabel(key) : key);

/**
 * A field's name where the file's name is not a Danish word too ("note", "element" and "id" are both, and
 * stay as written).
 */
const fileName = /(?<![\p{L}»])([a-z][A-Za-z]+)(?![\p{L}«])/gu;
const fieldWithDanish = /\b([a-z][A-Za-z]+) \(([^()]+)\)/g;

/** A check message with the fields named by their labels: "»Opbevaring« er ændret …; tilføj et punkt under »Ændringer«". */
export function inFormWords(message: string): string {
  return message
    .replace(fieldWithDanish, (whole, key: string, danish: string) =>
      fieldNames[key] === danish ? `»${fieldLabel(key)}«` : whole,
    )
    .replace(fileName, (word: string) =>
      word in fieldNames && fieldNames[word] !== word ? `»${fieldLabel(word)}«` : word,
    )
    .replaceAll('teksten under frontmatter', 'brødteksten');
}

/** One problem as the form tells it: the field by its labels, then what is wrong and what to do. */
export function problemInForm({ field, message }: Pick<ContentProblem, 'field' | 'message'>): string {
  const text = inFormWords(message);
  return field ? `${fieldInForm(field)}: ${text}` : text;
}

/** The saved files' name as an editor sees it in the form: the last part of the path. */
const fileNameOf = (file: string) => file.split('/').at(-1)!;

/**
 * Why a save is refused, in the form's words: each error in the saved file by its field, an error the
 * save brings into another file by that file's name.
 */
export function saveRefusal(errors: readonly ContentProblem[], saved: readonly string[]): string {
  const lines = errors.map((problem) =>
    saved.includes(problem.file)
      ? problemInForm(problem)
      : `I ${fileNameOf(problem.file)}, som ændringen påvirker: ${problemInForm(problem)}`,
  );
  return `Dokumentet er ikke gemt. Ret dette, og gem igen:\n${lines.map((line) => `– ${line}`).join('\n')}`;
}

/** The save path's refusals (scripts/lib/editor-backend.ts): their text is already the editor's message. */
const refusalStatuses = new Set([403, 422]);

/**
 * What the editor is told when a save fails: the save path's own Danish refusal as it is, or that the
 * editor's server on this machine did not take the save. Never Decap's error code ("API_ERROR: …").
 */
export function saveFailure(error: unknown): string {
  const { status, message } = (error ?? {}) as { status?: unknown; message?: unknown };
  if (typeof status === 'number' && refusalStatuses.has(status) && typeof message === 'string')
    return message;
  const detail = typeof message === 'string' && message ? ` (${message})` : '';
  return `Dokumentet er ikke gemt: redigeringsværktøjet på din maskine tog ikke imod det${detail}. Tjek, at npm run edit stadig kører, og gem igen.`;
}
