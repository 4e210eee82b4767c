import path from 'node:path';

/** The content folder: content/ in the project, or PERSONDATA_CONTENT_DIR (the benchmark builds generated sets). */
export function contentRoot(): string {
  // The pages are prerendered at build time, so the server bundle needs no trace of this folder.
  return path.resolve(/* turbopackIgnore: true */ process.env.PERSONDATA_CONTENT_DIR ?? 'content');
}
