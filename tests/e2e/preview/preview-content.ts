import { tmpdir } from 'node:os';
import path from 'node:path';

import { previewPort } from '../servers';

/**
 * The content the preview's tests run `next dev` on: a copy of the valid fixture set, outside the project,
 * with one broken notice placed in it (prepare-content.ts). The preview names files by this path.
 */
export const previewContentDir = path.join(tmpdir(), `persondata-preview-${previewPort}`, 'content');

export const fixtures = path.resolve(import.meta.dirname, '../../fixtures/content');

/** The broken notice, its file as the preview names it, and the line of its mistake (lastReviewed: 23-11-2026). */
export const brokenNotice = {
  fixture: 'broken/notice-danish-date-format.md',
  authority: 'testmyndighed',
  slug: 'brudt',
  file: `${previewContentDir}/purposes/testmyndighed/brudt.md`,
  line: 7,
};

/**
 * The notice whose Danish file changes after its English translation (prepare-content.ts), and the date
 * of that change; and a complete notice without any translation, written from the same fixture.
 */
export const outdatedTranslation = {
  danishFixture: 'translations/danish-notice-changed-later.md',
  authority: 'testmyndighed',
  slug: 'videoovervaagning',
  englishTitle: 'Video surveillance',
};

export const untranslatedNotice = {
  danishFixture: 'valid/purposes/testmyndighed/videoovervaagning.md',
  authority: 'testmyndighed',
  slug: 'uden-oversaettelse',
  title: 'Uden oversættelse',
};

/** The notice the web editor's tests change through the forms (a copy of the complete fixture notice). */
export const editedNotice = {
  fixture: 'valid/purposes/testmyndighed/videoovervaagning.md',
  authority: 'testmyndighed',
  slug: 'redigeres',
  file: path.join(previewContentDir, 'purposes', 'testmyndighed', 'redigeres.md'),
  period: '30 dage efter optagelsen',
};

/**
 * A notice published, changed and then withdrawn on the preview's main branch (prepare-content.ts), on
 * these dates: its two versions stay readable, the last one marked as withdrawn.
 */
export const withdrawnNotice = {
  fixture: 'valid/purposes/testmyndighed/videoovervaagning.md',
  authority: 'testmyndighed',
  slug: 'tilbagetrukket',
  title: 'Tilbagetrukket formål',
  published: '2026-11-01',
  changed: '2026-11-10',
  withdrawn: '2026-11-20',
};

/** The notice whose lists the web editor's tests change: choices in them, and none for recipients. */
export const listNotice = {
  fixture: 'valid/purposes/testmyndighed/videoovervaagning.md',
  authority: 'testmyndighed',
  slug: 'lister',
  file: path.join(previewContentDir, 'purposes', 'testmyndighed', 'lister.md'),
};
