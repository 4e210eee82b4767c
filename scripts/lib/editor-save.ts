import { checkProjectContent } from '../../src/lib/content/check';
import { CheckCache } from '../../src/lib/content/check-cache';
import { translationsFolder } from '../../src/lib/content/content-files';
import {
  projectContentFolder,
  type ContentFolder,
  type UnsavedFile,
} from '../../src/lib/content/content-folder';
import { isError, type ContentProblem } from '../../src/lib/content/errors';
import { parseContentSource } from '../../src/lib/content/read-file';
import { bodyField } from '../../src/lib/content/source-fingerprints';
import { sourceFingerprintsField } from '../../src/lib/content/translation-schema';
import { isPlainObject } from '../../src/lib/editor/form-values';
import { contentFileOf, schemaOfFile } from '../../src/lib/editor/paths';
import { mergeEditedData, mergeEditedFile } from '../../src/lib/editor/save';
import { CommandRefused } from './command';
import { reviewedFingerprints } from './translation-reviewed';

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
  const contentFolder = projectContentFolder();
  return edited.map(({ path, raw }) => {
    const file = contentFileOf(path);
    if (!file) throw new SaveRefused(`${path} er ikke en fil i indholdsmappen og kan ikke gemmes herfra.`);
    const original = contentFolder.text(file);
    const text = mergeEditedFile(original, raw, schemaOfFile(file));
    return {
      file,
      text: isTranslation(file) ? withEditsReviewed(contentFolder, file, original, text) : text,
    };
  });
}

const isTranslation = (file: string) => file.startsWith(`${translationsFolder}/`);

/** A content file's frontmatter and body; empty where the file cannot be read. */
function sourceOf(file: string, text: string | undefined) {
  const parsed = text === undefined ? undefined : parseContentSource(text, file);
  const data = parsed?.ok && isPlainObject(parsed.data) ? parsed.data : {};
  return { data, body: parsed?.ok ? parsed.body : '' };
}

/** The fields of a translation, and `body`, whose words differ between `original` (undefined: a new file) and `saved`. */
export function editedFields(file: string, original: string | undefined, saved: string): string[] {
  const fieldsOf = (text: string | undefined): Record<string, unknown> => {
    const { data, body } = sourceOf(file, text);
    return { ...data, [bodyField]: body.trim() };
  };
  const before = fieldsOf(original);
  const after = fieldsOf(saved);
  return Object.keys(after).filter(
    (field) =>
      field !== sourceFingerprintsField && JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

/**
 * A translation as saved: the fields the translator changed are marked as translated from the Danish text
 * they saw, the one on disk now; every other field keeps the fingerprint on disk, whatever the editor sent.
 */
function withEditsReviewed(
  contentFolder: ContentFolder,
  file: string,
  original: string | undefined,
  text: string,
) {
  const saved = sourceOf(file, text);
  const onDisk = sourceOf(file, original).data[sourceFingerprintsField];
  try {
    const fingerprints = reviewedFingerprints(
      contentFolder,
      file,
      saved,
      editedFields(file, original, text),
      isPlainObject(onDisk) ? onDisk : {},
    );
    return mergeEditedData(original, { ...saved.data, [sourceFingerprintsField]: fingerprints }, saved.body);
  } catch (error) {
    if (error instanceof CommandRefused) throw new SaveRefused(`${error.message}. Intet er gemt.`);
    throw error;
  }
}

/** The checks of earlier saves, kept while the editor runs: a save's check repeats only the work for what changed. */
const saveChecks = new CheckCache();

/**
 * The errors the save would bring into the content: a save that would break the build is refused, as the
 * build would refuse it. Warnings do not stop a save.
 */
export function errorsAfterSave(unsaved: readonly UnsavedFile[]): ContentProblem[] {
  // An error is the same one before and after wherever the edit moved its line.
  const identity = ({ file, field, message }: ContentProblem) => `${file}\0${field}\0${message}`;
  const before = new Set(checkProjectContent([], saveChecks).problems.filter(isError).map(identity));
  return checkProjectContent(unsaved, saveChecks).problems.filter(
    (problem) => isError(problem) && !before.has(identity(problem)),
  );
}
