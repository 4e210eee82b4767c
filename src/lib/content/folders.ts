import { slugPattern } from '../../config/routes';
import { pathInside, type ContentFolder } from './content-folder';
import type { ContentProblem } from './errors';

/** A file of the content folder: its path there, where it is on disk, and its name in messages. */
export interface FileRef {
  /** Path inside the content folder, e.g. "authorities/udlaendingestyrelsen.md". */
  path: string;
  /** Path on disk. */
  absolutePath: string;
  /** Path as editors see it, e.g. "content/authorities/udlaendingestyrelsen.md". */
  file: string;
}

export const refOf = (contentFolder: ContentFolder, path: string): FileRef => ({
  path,
  absolutePath: contentFolder.absolutePathOf(path),
  file: contentFolder.labelOf(path),
});

/** A file whose name is its slug. */
export interface ContentFileRef extends FileRef {
  slug: string;
}

/** A slug names a URL segment: lowercase a–z, digits and single hyphens. */
export function slugProblem(slug: string): string | undefined {
  if (slugPattern.test(slug)) return undefined;
  return 'må kun indeholde små bogstaver a–z, cifre og bindestreger (skriv æ som ae, ø som oe og å som aa). Omdøb filen';
}

/**
 * The Markdown files in a folder of the content folder, one per slug. Anything else in the folder is
 * reported, never skipped: a misnamed file would otherwise vanish from the site without a word.
 */
export function markdownFilesIn(
  contentFolder: ContentFolder,
  folder: string,
  problems: ContentProblem[],
): ContentFileRef[] {
  const files: ContentFileRef[] = [];
  for (const name of contentFolder.entries(folder)) {
    const ref = refOf(contentFolder, pathInside(folder, name));
    const { file } = ref;
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
    files.push({ slug, ...ref });
  }
  return files;
}
