import { checkProjectContent } from '../../src/lib/content/check';
import { projectContentFolder, type UnsavedFile } from '../../src/lib/content/content-folder';
import { isError, type ContentProblem } from '../../src/lib/content/errors';
import { contentFileOf } from '../../src/lib/editor/paths';
import { mergeEditedFile } from '../../src/lib/editor/save';

/** A file as Decap sends it to be saved: its path in the editor's folder and the text Decap made. */
export interface EditedFile {
  path: string;
  raw: string;
}

/** Why a save is refused, in Danish, for the editor's error message. */
export class SaveRefused extends Error {}

/**
 * Each edited file as the save writes it: the file on disk with only the changed fields changed (the
 * save path, src/lib/editor/save.ts), not Decap's own rewriting of the whole file.
 */
export function filesToSave(edited: readonly EditedFile[]): UnsavedFile[] {
  return edited.map(({ path, raw }) => {
    const file = contentFileOf(path);
    if (!file) throw new SaveRefused(`${path} er ikke en fil i indholdsmappen og kan ikke gemmes herfra.`);
    return { file, text: mergeEditedFile(projectContentFolder().text(file), raw) };
  });
}

/**
 * The errors the save would bring into the content: a save that would break the build is refused, as the
 * build would refuse it. Warnings do not stop a save.
 */
export function errorsAfterSave(unsaved: readonly UnsavedFile[]): ContentProblem[] {
  // An error is the same one before and after wherever the edit moved its line.
  const identity = ({ file, field, message }: ContentProblem) => `${file}\0${field}\0${message}`;
  const before = new Set(checkProjectContent().problems.filter(isError).map(identity));
  return checkProjectContent(unsaved).problems.filter(
    (problem) => isError(problem) && !before.has(identity(problem)),
  );
}
