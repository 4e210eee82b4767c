import path from 'node:path';

import type { z } from 'zod';

import { contentLabel, contentRoot } from '../../config/environment';
import { sourceLanguage } from '../../config/languages';
import { kindOfPath, translationsFolder } from '../content/content-files';
import { schemaOf } from './content-kinds';

/**
 * Decap CMS names files relative to the folder its backend serves: the folder that holds the content
 * folder, so the collections' folders begin with the content folder's own name ("content/…").
 */
export const editorRoot = () => path.dirname(contentRoot());

/** The content folder as the editor's collections name it. */
export const editorContentFolder = () => path.basename(contentRoot());

/**
 * A file as Decap names it ("content/purposes/a/b.md") as the path inside the content folder
 * ("purposes/a/b.md"); undefined for anything outside the content folder.
 */
export function contentFileOf(editorPath: string): string | undefined {
  const file = path.relative(contentRoot(), path.resolve(editorRoot(), editorPath));
  if (file === '' || file.startsWith('..') || path.isAbsolute(file) || !file.endsWith('.md'))
    return undefined;
  return file.split(path.sep).join('/');
}

/** A path inside the content folder as messages name it ("content/purposes/a/b.md"). */
export const labelOf = (file: string) => `${contentLabel}/${file}`;

/**
 * The language of a translation and the Danish file it translates ("translations/en/purposes/a/b.md" →
 * "en", "purposes/a/b.md"), both paths inside the content folder; undefined for a Danish file.
 */
export function translationOf(file: string): { language: string; danishFile: string } | undefined {
  const translation = new RegExp(`^${translationsFolder}/([^/]+)/(.+)$`).exec(file);
  return translation ? { language: translation[1]!, danishFile: translation[2]! } : undefined;
}

/** A page the preview can show a draft of: a notice or an authority, in the language of its file. */
export interface DraftPage {
  language: string;
  authority: string;
  /** Absent for an authority's own page. */
  notice?: string;
}

/**
 * The page a draft of `file` (inside the content folder) is shown on: a notice's or an authority's,
 * the Danish one or a translation's ("translations/en/purposes/a/b.md" is the English page of a/b);
 * undefined for files without a page of their own.
 */
export function draftPageOf(file: string): DraftPage | undefined {
  const { language, path } = languageOf(file);
  const found = kindOfPath(path);
  const { authority, slug } = found?.slugs ?? {};
  if (found?.kind === 'purpose' && authority && slug) return { language, authority, notice: slug };
  if (found?.kind === 'authority' && slug) return { language, authority: slug };
  return undefined;
}

/** A file's language, and its path as its Danish file's: "translations/en/purposes/a/b.md" is English "purposes/a/b.md". */
function languageOf(file: string) {
  const translation = translationOf(file);
  return translation
    ? { language: translation.language, path: translation.danishFile }
    : { language: sourceLanguage, path: file };
}

/** The schema of the file `file` (inside the content folder): its kind's, or its kind's translations'. */
export function schemaOfFile(file: string): z.ZodObject | undefined {
  const { language, path } = languageOf(file);
  const kind = kindOfPath(path)?.kind;
  return kind && schemaOf(kind, language === sourceLanguage ? 'source' : 'translation');
}
