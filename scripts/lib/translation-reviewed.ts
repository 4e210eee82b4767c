/**
 * The work of npm run translation:reviewed (scripts/translation-reviewed.ts), as functions the tests and the
 * web editor's save call in process: a translation's fields marked as translated from the Danish text as
 * it is now, by writing their source fingerprints (src/lib/content/source-fingerprints.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import type { z } from 'zod';

import { translationLanguages } from '../../src/config/languages';
import {
  contentFiles,
  kindOfPath,
  termBasePath,
  translationFolderOf,
  translationPath,
  translationsFolder,
} from '../../src/lib/content/content-files';
import { ContentFolder } from '../../src/lib/content/content-folder';
import { parseContentSource, readContentFile } from '../../src/lib/content/read-file';
import { fingerprintsOf, trackedFields, type DanishSource } from '../../src/lib/content/source-fingerprints';
import { sourceFingerprintsField } from '../../src/lib/content/translation-schema';
import { fieldsToTrack } from '../../src/lib/content/translations';
import { validate } from '../../src/lib/content/validate';
import { mergeEditedData } from '../../src/lib/editor/save';
import { CommandRefused, refusalOr, type CommandFolder, type CommandResult } from './command';

function refuse(message: string): never {
  throw new CommandRefused(message);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The Danish file a translation translates: "translations/en/purposes/us/video.md" → "purposes/us/video.md". */
export const danishPathOf = (translationFile: string) => translationFile.split('/').slice(2).join('/');

/** The schema and the valid Danish file a translation is made from; refuses where the Danish file has errors. */
function danishOf(contentFolder: ContentFolder, danishPath: string) {
  const kind = kindOfPath(danishPath)?.kind;
  const source = contentFolder.labelOf(danishPath);
  if (!kind) refuse(`${source} er ikke en indholdsfil, der kan oversættes`);
  const schema: z.ZodObject = contentFiles[kind].translationSchema;
  const parsed = readContentFile(contentFolder, danishPath);
  const validated = parsed.ok && validate(contentFiles[kind].schema, parsed.data, source);
  if (!parsed.ok || !validated || !validated.ok)
    refuse(`Ret først fejlene i ${source}; kør npm run check:content -- ${source} for at se dem`);
  const danish: DanishSource = { data: validated.data, body: parsed.body };
  return { schema, danish };
}

/** A translation's frontmatter and Markdown body. */
interface TranslationSource {
  data: Record<string, unknown>;
  body: string;
}

const recordedIn = (data: Record<string, unknown>) => {
  const recorded = data[sourceFingerprintsField];
  return isRecord(recorded) ? recorded : {};
};

/**
 * The source fingerprints of the translation `translation` of `translationFile` (a path inside the content
 * folder) with the fields `fields` marked as translated from the Danish text as it is now; without
 * `fields`, every field it answers for (fieldsToTrack). Other fields keep the
 * fingerprints in `kept`. Refuses, in Danish, a field the file cannot have.
 */
export function reviewedFingerprints(
  contentFolder: ContentFolder,
  translationFile: string,
  translation: TranslationSource,
  fields: readonly string[] | undefined,
  kept: Record<string, unknown>,
): Record<string, unknown> {
  const file = contentFolder.labelOf(translationFile);
  const { schema, danish } = danishOf(contentFolder, danishPathOf(translationFile));
  const tracked = trackedFields(schema);
  const unknown = (fields ?? []).filter((field) => !tracked.includes(field));
  if (unknown.length > 0)
    refuse(`${file} har ikke feltet ${unknown.join(', ')}. Skriv et eller flere af: ${tracked.join(', ')}`);
  const every = () =>
    fieldsToTrack(schema, danish, { words: translation.data, bodySource: translation.body });
  const updated = { ...kept, ...fingerprintsOf(schema, danish, fields ?? every()) };
  return Object.fromEntries(
    tracked.flatMap((field) => (updated[field] === undefined ? [] : [[field, updated[field]]])),
  );
}

/** The translation `text` with `fields` (or every field) marked as translated from the Danish text now. */
export function withReviewedFields(
  contentFolder: ContentFolder,
  translationFile: string,
  text: string,
  fields?: readonly string[],
): string {
  const file = contentFolder.labelOf(translationFile);
  const parsed = parseContentSource(text, file);
  if (!parsed.ok || !isRecord(parsed.data))
    refuse(`Ret først fejlene i ${file}; kør npm run check:content -- ${file} for at se dem`);
  const translation = { data: parsed.data, body: parsed.body };
  const recorded = recordedIn(parsed.data);
  const updated = reviewedFingerprints(contentFolder, translationFile, translation, fields, recorded);
  if (JSON.stringify(updated) === JSON.stringify(recorded)) return text;
  return mergeEditedData(text, { ...parsed.data, [sourceFingerprintsField]: updated }, parsed.body);
}

/** Every translation file of every language, as paths inside the content folder; not the term bases. */
const everyTranslation = (contentFolder: ContentFolder) =>
  translationLanguages.flatMap((language) =>
    contentFolder.filesUnder(translationFolderOf(language)).filter((file) => file !== termBasePath(language)),
  );

/** The translation files a path names: a translation itself, or every existing translation of a Danish file. */
function translationsNamed(contentFolder: ContentFolder, folder: CommandFolder, arg: string): string[] {
  const relative = path.relative(folder.root, path.resolve(folder.cwd, arg)).split(path.sep).join('/');
  if (relative.startsWith('..') || path.isAbsolute(relative) || !contentFolder.exists(relative))
    refuse(`${arg} er ikke en fil i ${folder.label}/. Skriv stien til en oversættelse eller en dansk fil`);
  if (relative.startsWith(`${translationsFolder}/`)) return [relative];
  const translations = translationLanguages
    .map((language) => translationPath(language, relative))
    .filter((candidate) => contentFolder.exists(candidate));
  if (translations.length === 0) refuse(`${contentFolder.labelOf(relative)} er ikke oversat endnu`);
  return translations;
}

const usage =
  'Skriv: npm run translation:reviewed -- <oversættelse eller dansk fil> [felt …], eller npm run translation:reviewed -- --all';

/**
 * `npm run translation:reviewed -- <file> [field …]`, or `-- --all` for every field of every translation:
 * marks the fields as translated from the Danish text as it is now. Writes only files that change.
 */
export function translationReviewedCommand(args: readonly string[], folder: CommandFolder): CommandResult {
  return refusalOr(() => {
    const contentFolder = new ContentFolder(folder.root, folder.label);
    const all = args.includes('--all');
    const [target, ...fields] = args.filter((arg) => arg !== '--all');
    if (all === (target !== undefined) || args.some((arg) => arg.startsWith('-') && arg !== '--all'))
      refuse(usage);
    const files = all ? everyTranslation(contentFolder) : translationsNamed(contentFolder, folder, target!);
    const written = files.flatMap((file) => {
      const text = contentFolder.text(file)!;
      const reviewed = withReviewedFields(contentFolder, file, text, fields.length > 0 ? fields : undefined);
      if (reviewed === text) return [];
      writeFileSync(contentFolder.absolutePathOf(file), reviewed);
      return [contentFolder.labelOf(file)];
    });
    const what = fields.length > 0 ? fields.join(', ') : 'alle felter';
    return {
      code: 0,
      output:
        written.length > 0
          ? `Markerede ${what} som oversat fra den danske tekst, der står nu, i:\n${written.map((file) => `  ${file}`).join('\n')}`
          : `Intet at skrive: ${what} er allerede markeret som oversat fra den danske tekst, der står nu.`,
    };
  });
}
