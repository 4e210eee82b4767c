import path from 'node:path';

import { contentLabel, contentRoot } from '../../config/environment';
import { kindOfPath } from '../content/content-files';

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

/** The authority and notice slugs of a notice's file inside the content folder ("purposes/a/b.md"). */
export function noticeOfFile(file: string): { authority: string; notice: string } | undefined {
  const found = kindOfPath(file);
  const { authority, slug } = found?.slugs ?? {};
  return found?.kind === 'purpose' && authority && slug ? { authority, notice: slug } : undefined;
}
