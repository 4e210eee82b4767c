import { z } from 'zod';

import { danishNameOf, sourceLanguage, translationLanguages } from '../../config/languages';
import { idOf, noCache } from './check-cache';
import {
  contentFiles,
  kindOfPath,
  termBasePath,
  translationFolderOf,
  translationsFolder,
} from './content-files';
import type { ContentFolder } from './content-folder';
import type { ContentProblem } from './errors';
import { formatFieldPath } from './field-names';
import { refOf, type FileRef } from './folders';
import { bodyField, isFresh, trackedFields, wordsOf, type DanishSource } from './source-fingerprints';
import { factProblems, pairedTexts, termProblems } from './translation-prose';
import {
  nameGrammarFields,
  sourceFingerprintsField,
  termBaseSchema,
  type TermBase,
} from './translation-schema';
import type { RenderedMarkdown, Translation, TranslationFiles, Translations } from './types';

/** What the loader knows of each Danish file: that it exists, and its frontmatter and body when valid. */
export interface SourceFiles {
  exists: (file: string) => boolean;
  validSource: (file: string) => DanishSource | undefined;
}

export interface TranslationReader {
  report: (problem: ContentProblem) => void;
  /**
   * Parses a file of the translations folder with its schema; unknown fields are told with `unknownField`,
   * by default as structured facts, which a translation may not have.
   */
  parse: (
    schema: z.ZodType,
    file: FileRef,
    unknownField?: string,
  ) => { data: unknown; body: RenderedMarkdown; bodySource: string; bodyLine: number } | undefined;
}

/** The translation schema for a Danish file, by where the file lives. */
function schemaFor(path: string): z.ZodObject | undefined {
  const kind = kindOfPath(path)?.kind;
  return kind && contentFiles[kind].translationSchema;
}

/**
 * Marks a Danish text that a translation still has to translate: npm run new:purpose -- … --translation
 * writes each text of the Danish file so marked, and a mark left in a translation is an error.
 */
export const untranslatedMark = 'OVERSÆT:';

/** Fields a translation may leave in Danish: an abbreviation such as "US" stays unless an English one is established. */
const mayStayDanish = new Set(['shortName']);

interface Mismatch {
  field: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;

/** Whether the Danish value holds any words the schema translates. */
const hasWords = (schema: z.ZodType, danish: unknown) =>
  wordsOf(schema, danish, (text) => text) !== undefined;

/**
 * The words of a Danish file as its translation's skeleton: each text the schema translates, marked as
 * untranslated, and each list item by item ({} for an item with nothing to translate). Undefined where
 * there are no words, so a field or list without any is left out, as the translation may leave it out.
 */
export const translationSkeleton = (schema: z.ZodType, danish: unknown): unknown =>
  wordsOf(schema, danish, (text) => `${untranslatedMark} ${text}`);

/** The fields, and the lines of the body, that still have the untranslated mark. */
function untranslated(words: unknown, body: string): { field: string; bodyLine?: number }[] {
  const inBody = body
    .split('\n')
    .flatMap((line, index) =>
      line.includes(untranslatedMark) ? [{ field: 'body', bodyLine: index + 1 }] : [],
    );
  const inWords = (value: unknown, at: (string | number)[]): { field: string }[] => {
    if (typeof value === 'string')
      return value.includes(untranslatedMark) ? [{ field: formatFieldPath(at) }] : [];
    if (Array.isArray(value)) return value.flatMap((item, index) => inWords(item, [...at, index]));
    return isRecord(value) ? Object.entries(value).flatMap(([key, item]) => inWords(item, [...at, key])) : [];
  };
  return [...inWords(words, []), ...inBody];
}

/**
 * Where a translation does not line up with the Danish file: a field with words in Danish and none in the
 * translation, a field the Danish file does not have, or a list with another number of items.
 */
function mismatches(
  schema: z.ZodType,
  danish: unknown,
  translated: unknown,
  path: (string | number)[],
): Mismatch[] {
  const inner = unwrap(schema);
  const field = formatFieldPath(path);
  if (inner instanceof z.ZodObject) {
    if (!isRecord(translated)) return [];
    return Object.entries(inner.shape).flatMap(([key, fieldSchema]): Mismatch[] => {
      const danishValue = isRecord(danish) ? danish[key] : undefined;
      const translatedValue = translated[key];
      const here = formatFieldPath([...path, key]);
      if (nameGrammarFields.has(key)) return [];
      if (translatedValue === undefined) {
        return hasWords(fieldSchema as z.ZodType, danishValue) && !mayStayDanish.has(here)
          ? [{ field: here, message: 'mangler i oversættelsen, men står i den danske fil. Oversæt det' }]
          : [];
      }
      if (danishValue === undefined) {
        return [{ field: here, message: 'står ikke i den danske fil. Slet det fra oversættelsen' }];
      }
      return mismatches(fieldSchema as z.ZodType, danishValue, translatedValue, [...path, key]);
    });
  }
  if (inner instanceof z.ZodArray && Array.isArray(danish) && Array.isArray(translated)) {
    if (danish.length !== translated.length) {
      return [
        {
          field,
          message: `listen har ${translated.length} ${translated.length === 1 ? 'punkt' : 'punkter'}, men den danske har ${danish.length}. Oversættelsen skal have ét punkt for hvert dansk punkt, i samme rækkefølge`,
        },
      ];
    }
    return danish.flatMap((item, index) =>
      mismatches(inner.element as z.ZodType, item, translated[index], [...path, index]),
    );
  }
  return [];
}

const hasBody = (text: string) => text.trim() !== '';

/**
 * The fields a translation answers for: those it has, those the Danish file has words in (but a short
 * name, which may stay Danish), and the body where either has one.
 */
export function fieldsToTrack(
  schema: z.ZodObject,
  danish: DanishSource,
  translation: { words: Record<string, unknown>; bodySource: string },
): string[] {
  return trackedFields(schema).filter((field) => {
    if (field === bodyField) return hasBody(danish.body) || hasBody(translation.bodySource);
    if (translation.words[field] !== undefined) return true;
    return hasWords(schema.shape[field] as z.ZodType, danish.data[field]) && !mayStayDanish.has(field);
  });
}

/** The fields a translation answers for whose Danish words are not those it recorded being made from. */
const outdatedFieldsOf = (
  schema: z.ZodObject,
  danish: DanishSource,
  translation: { words: Record<string, unknown>; bodySource: string },
  recorded: Record<string, string> | undefined,
) => fieldsToTrack(schema, danish, translation).filter((field) => !isFresh(schema, field, danish, recorded));

const outdatedMessage = (file: string, field: string, recorded: Record<string, string> | undefined) =>
  `${recorded?.[field] ? 'er ændret på dansk, siden feltet blev oversat' : 'er ikke markeret som oversat fra den danske tekst, der står nu'}, så siden viser den danske tekst. Opdater oversættelsen, og kør npm run translation:reviewed -- ${file} ${field}`;

/**
 * A translation as the site uses it: each out-of-date field is left out, so the page shows its Danish text,
 * and told as a warning, never an error, so a Danish change is never held up by its translations. Where a
 * field is up to date, a translation that does not line up with the Danish is an error.
 */
function checkTranslation(
  reader: TranslationReader,
  translation: Omit<Translation, 'outdatedFields'>,
  parsed: { bodySource: string; bodyLine: number },
  schema: z.ZodObject,
  danish: DanishSource,
  { outdatedFields, recorded }: { outdatedFields: string[]; recorded: Record<string, string> | undefined },
): Translation | undefined {
  const { file } = translation;
  const isOutdated = (field: string) => outdatedFields.includes(field);
  const found = mismatches(schema, danish.data, translation.words, []).filter(
    (mismatch) => !isOutdated(String(mismatch.field.split(/[.[]/)[0])),
  );
  if (!isOutdated(bodyField) && hasBody(danish.body) && !hasBody(parsed.bodySource))
    found.push({
      field: bodyField,
      message: 'mangler i oversættelsen, men står i den danske fil. Oversæt det',
    });
  for (const { field, message } of found) reader.report({ file, field, message });
  for (const field of outdatedFields) {
    const line = field === bodyField ? { line: parsed.bodyLine } : {};
    reader.report({ file, field, warning: true, message: outdatedMessage(file, field, recorded), ...line });
  }
  if (found.length > 0) return undefined;
  const words = Object.fromEntries(Object.entries(translation.words).filter(([key]) => !isOutdated(key)));
  return {
    ...translation,
    words,
    ...(isOutdated(bodyField) && { body: undefined }),
    outdatedFields,
  };
}

/** The fields of a translation file shown in Danish because the Danish text changed since they were translated. */
export const outdatedFieldsOfFile = (translations: Translations, translationFile: string): string[] =>
  Object.values(translations)
    .flatMap((byFile) => Object.values(byFile))
    .find((translation) => translation.file === translationFile)?.outdatedFields ?? [];

/** A language's term base, where it has one (content/translations/<language>/termer.md). */
function readTermBase(
  reader: TranslationReader,
  contentFolder: ContentFolder,
  language: string,
): { file: string; data: TermBase } | undefined {
  const path = termBasePath(language);
  if (!contentFolder.exists(path)) return undefined;
  const parsed = reader.parse(termBaseSchema, refOf(contentFolder, path), unknownTermField);
  return parsed && { file: contentFolder.labelOf(path), data: parsed.data as TermBase };
}

const unknownTermField =
  'er ikke et felt, termlisten kender (title og terms med danish, term, avoid og note). Ret stavningen, eller slet feltet';

/**
 * Reads content/translations/<language>/…: each file the words of the Danish file at the same path. A
 * structured fact in a translation, a list that does not line up, a text still marked untranslated, a
 * translation of a file that does not exist, an unknown language folder and a number, date, address or
 * legal reference in an up-to-date text that its Danish text does not state are errors; a term that the
 * language's term base says to avoid, and a field whose Danish text changed since it was translated, are
 * warnings, and such a field is shown in Danish. `files` names every translation of a Danish file that exists, also those left out of
 * `translations` for their errors.
 */
export function readTranslations(
  reader: TranslationReader,
  contentFolder: ContentFolder,
  sources: SourceFiles,
  languages: readonly string[] = translationLanguages,
  cache = noCache,
): { translations: Translations; files: TranslationFiles } {
  const translations: Translations = Object.fromEntries(languages.map((language) => [language, {}]));
  const files: TranslationFiles = Object.fromEntries(languages.map((language) => [language, {}]));
  for (const language of contentFolder.entries(translationsFolder)) {
    const languageFolder = translationFolderOf(language);
    if (!languages.includes(language) || !contentFolder.isFolder(languageFolder)) {
      reader.report({
        file: contentFolder.labelOf(languageFolder),
        field: '',
        message: `er ikke et sprog, sitet kender (${languages.join(', ')}; ${sourceLanguage} er de danske filer selv). Ret mappens navn, eller tilføj sproget i src/config/languages.ts`,
      });
      continue;
    }
    const termBase = readTermBase(reader, contentFolder, language);
    const termBaseKey = JSON.stringify(termBase ?? null);
    for (const path of contentFolder.filesUnder(languageFolder)) {
      if (path === termBasePath(language)) continue;
      const ref = refOf(contentFolder, path);
      const { file } = ref;
      const danishPath = path.slice(languageFolder.length + 1);
      const source = contentFolder.labelOf(danishPath);
      const schema = schemaFor(danishPath);
      if (!schema || !sources.exists(source)) {
        reader.report({
          file,
          field: '',
          message: `oversætter ${source}, som ikke findes. En oversættelse skal ligge på samme sti som den danske fil; ret navnet, eller slet filen`,
        });
        continue;
      }
      files[language]![source] = file;
      const parsed = reader.parse(schema, ref);
      const danish = sources.validSource(source);
      if (!parsed || !danish || !isRecord(parsed.data)) continue;
      const { [sourceFingerprintsField]: recorded, ...words } = parsed.data as Record<string, unknown> & {
        [sourceFingerprintsField]?: Record<string, string>;
      };
      const left = untranslated(words, parsed.bodySource);
      for (const { field, bodyLine } of left) {
        const line = bodyLine === undefined ? undefined : parsed.bodyLine + bodyLine - 1;
        const message = `"${untranslatedMark} …" er ikke oversat endnu. Skriv teksten på ${danishNameOf(language)}`;
        reader.report({ file, field, message, ...(line !== undefined && { line }) });
      }
      // Facts are compared in the fields that are up to date; an out-of-date one shows its Danish text.
      // Kept by the Danish file's and the translation's parsed texts, which the cache keeps by their text.
      const outdated = cache.derive(
        danish.data,
        `outdated\0${idOf(parsed.data as object)}\0${danish.body}`,
        () => outdatedFieldsOf(schema, danish, { words, bodySource: parsed.bodySource }, recorded),
      );
      const translated = {
        file,
        language,
        source,
        pairs: pairedTexts(danish.data, words).filter(
          (pair) => !outdated.includes(String(pair.field.split(/[.[]/)[0])),
        ),
        body: {
          danish: outdated.includes(bodyField) ? '' : danish.body,
          translated: outdated.includes(bodyField) ? '' : parsed.bodySource,
          firstLine: parsed.bodyLine,
        },
      };
      const proseProblems = cache.get(
        'translated prose',
        `${termBaseKey}\0${JSON.stringify(translated)}`,
        () => [
          ...(termBase ? termProblems(termBase, translated) : []),
          ...factProblems(sourceLanguage, translated),
        ],
      );
      for (const problem of proseProblems) reader.report(problem);
      const checked = checkTranslation(
        reader,
        { language, file, source, words, body: parsed.body },
        parsed,
        schema,
        danish,
        { outdatedFields: outdated, recorded },
      );
      if (checked && left.length === 0) translations[language]![source] = checked;
    }
  }
  return { translations, files };
}
