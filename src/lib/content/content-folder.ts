/**
 * A content folder as the content code reads it: the one module that touches the file system for the
 * content — reading files, listing and walking folders. Paths are inside the folder, written with "/"
 * ("" is the folder itself). Unsaved files given to it are read as if they were written: the web editor's
 * preview and its save check read the content as it would be, in memory, while the folder on disk stays
 * as it is and every file keeps its own name in messages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { contentLabel, contentRoot } from '../../config/environment';

/** A content file's new text, not written yet: `file` is the path inside the content folder ("purposes/a/b.md"). */
export interface UnsavedFile {
  file: string;
  text: string;
}

/**
 * Files an operating system or an editor program leaves beside the content on its own (Finder's
 * .DS_Store, Windows's Thumbs.db and desktop.ini, editor backups and swap files): never content, so
 * never listed.
 */
const systemFile = /^(\..*|thumbs\.db|desktop\.ini|.*~|#.*#)$/i;

/** The path of a name inside a folder of the content folder ("" is the folder itself). */
export const pathInside = (folder: string, name: string) => (folder ? `${folder}/${name}` : name);

export class ContentFolder {
  private readonly unsaved: ReadonlyMap<string, string>;
  /** False for a folder of unsaved files only, which reads nothing from disk (a notice's past version). */
  private onDisk = true;

  /** A content folder of these files alone, nothing read from disk: a past version as git holds it. */
  static inMemory(label: string, files: readonly UnsavedFile[]): ContentFolder {
    const folder = new ContentFolder('', label, files);
    folder.onDisk = false;
    return folder;
  }

  /**
   * @param root the folder on disk
   * @param label its name in messages, e.g. "content"
   * @param unsaved files read in place of the folder's own, or as new files
   */
  constructor(
    readonly root: string,
    readonly label = 'content',
    unsaved: readonly UnsavedFile[] = [],
  ) {
    this.unsaved = new Map(unsaved.map(({ file, text }) => [path.posix.normalize(file), text]));
  }

  /** A path as editors see it: "content/purposes/a/b.md". */
  labelOf(file: string): string {
    return file ? `${this.label}/${file}` : this.label;
  }

  /** Where a path is on disk, whether it is written yet or not. */
  absolutePathOf(file: string): string {
    return path.join(this.root, file);
  }

  /** The unsaved files' names directly inside a folder. */
  private unsavedIn(folder: string): string[] {
    const prefix = folder ? `${folder}/` : '';
    return [...this.unsaved.keys()].flatMap((file) =>
      file.startsWith(prefix) ? [file.slice(prefix.length).split('/')[0]!] : [],
    );
  }

  /** The names directly inside a folder, sorted so every run reports in the same order; none where it is no folder. */
  entries(folder: string): string[] {
    const written = this.isFolderOnDisk(folder) ? readdirSync(this.absolutePathOf(folder)) : [];
    return [...new Set([...written, ...this.unsavedIn(folder)])]
      .filter((name) => !systemFile.test(name))
      .sort();
  }

  private isFolderOnDisk(folder: string): boolean {
    if (!this.onDisk) return false;
    const absolutePath = this.absolutePathOf(folder);
    return existsSync(absolutePath) && statSync(absolutePath).isDirectory();
  }

  isFolder(folder: string): boolean {
    return this.unsavedIn(folder).length > 0 || this.isFolderOnDisk(folder);
  }

  exists(file: string): boolean {
    return (
      this.unsaved.has(file) || this.isFolder(file) || (this.onDisk && existsSync(this.absolutePathOf(file)))
    );
  }

  /** A file's bytes, or undefined where there is no such file. */
  read(file: string): Uint8Array | undefined {
    const text = this.unsaved.get(file);
    if (text !== undefined) return new TextEncoder().encode(text);
    const absolutePath = this.absolutePathOf(file);
    return this.onDisk && existsSync(absolutePath) && !this.isFolderOnDisk(file)
      ? readFileSync(absolutePath)
      : undefined;
  }

  /** A file's text, any bytes that are no UTF-8 replaced; undefined where there is no such file. */
  text(file: string): string | undefined {
    const bytes = this.read(file);
    return bytes && new TextDecoder('utf-8').decode(bytes);
  }

  /** Every file under a folder, folders walked in the order of `entries`: the one walk of the content. */
  filesUnder(folder: string): string[] {
    return this.entries(folder).flatMap((name) => {
      const child = pathInside(folder, name);
      return this.isFolder(child) ? this.filesUnder(child) : [child];
    });
  }
}

/** The project's content folder (content/, or PERSONDATA_CONTENT_DIR), with the unsaved files read in place. */
export const projectContentFolder = (unsaved: readonly UnsavedFile[] = []) =>
  new ContentFolder(contentRoot(), contentLabel, unsaved);
