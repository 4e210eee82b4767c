import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { slugPattern } from '../../config/routes';
import type { ContentProblem } from './errors';

export interface ContentFileRef {
  slug: string;
  /** Path on disk. */
  absolutePath: string;
  /** Path as editors see it, e.g. "content/authorities/udlaendingestyrelsen.md". */
  file: string;
}

export interface Folder {
  absolutePath: string;
  /** Path as editors see it. */
  label: string;
}

export function childFolder(parent: Folder, name: string): Folder {
  return { absolutePath: path.join(parent.absolutePath, name), label: `${parent.label}/${name}` };
}

/**
 * Files an operating system or an editor program leaves beside the content on its own (Finder's
 * .DS_Store, Windows's Thumbs.db and desktop.ini, editor backups and swap files): never content, so
 * never reported.
 */
const systemFile = /^(\..*|thumbs\.db|desktop\.ini|.*~|#.*#)$/i;

/** The names directly inside a folder, sorted so every run reports in the same order. */
export function entriesOf(folder: Folder): string[] {
  if (!existsSync(folder.absolutePath)) return [];
  return readdirSync(folder.absolutePath)
    .filter((name) => !systemFile.test(name))
    .sort();
}

export function isFolder(folder: Folder): boolean {
  return statSync(folder.absolutePath).isDirectory();
}

/** A slug names a URL segment: lowercase a–z, digits and single hyphens. */
export function slugProblem(slug: string): string | undefined {
  if (slugPattern.test(slug)) return undefined;
  return 'må kun indeholde små bogstaver a–z, cifre og bindestreger (skriv æ som ae, ø som oe og å som aa). Omdøb filen';
}

/**
 * The Markdown files in a folder, one per slug. Anything else in the folder is reported,
 * never skipped: a misnamed file would otherwise vanish from the site without a word.
 */
export function markdownFilesIn(folder: Folder, problems: ContentProblem[]): ContentFileRef[] {
  const files: ContentFileRef[] = [];
  for (const name of entriesOf(folder)) {
    const file = `${folder.label}/${name}`;
    if (!name.endsWith('.md')) {
      problems.push({
        file,
        field: '',
        message: 'er ikke en Markdown-fil. Indholdsfiler skal ende på .md; omdøb eller slet filen',
      });
      continue;
    }
    const slug = name.slice(0, -'.md'.length);
    const problem = slugProblem(slug);
    if (problem) {
      problems.push({ file, field: '', message: `filnavnet: ${problem}` });
      continue;
    }
    files.push({ slug, absolutePath: path.join(folder.absolutePath, name), file });
  }
  return files;
}
