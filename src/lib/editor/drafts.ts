import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { UnsavedFile } from '../content/content-folder';

/**
 * The web editor's unsaved drafts, kept for the preview page that shows one: the editor's preview pane
 * sends a draft, gets a token and loads the page for it. Kept outside the project, one file per draft.
 */
const folder = path.join(tmpdir(), 'persondata-drafts');
const tokenPattern = /^[0-9a-f]{20}$/;

/** Stores a draft and returns its token; the same draft gets the same token. */
export function storeDraft(draft: UnsavedFile): string {
  const token = createHash('sha256').update(`${draft.file}\0${draft.text}`).digest('hex').slice(0, 20);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${token}.json`), JSON.stringify(draft));
  return token;
}

/** The draft stored under `token`, or undefined. */
export function readDraft(token: string): UnsavedFile | undefined {
  if (!tokenPattern.test(token)) return undefined;
  try {
    return JSON.parse(readFileSync(path.join(folder, `${token}.json`), 'utf8')) as UnsavedFile;
  } catch {
    return undefined;
  }
}
