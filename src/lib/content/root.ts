import path from 'node:path';

/** The content folder: content/ in the project, or PERSONDATA_CONTENT_DIR (the benchmark builds generated sets). */
export function contentRoot(): string {
  return path.resolve(process.env.PERSONDATA_CONTENT_DIR ?? 'content');
}
