/**
 * Lays out the content the preview's tests run `next dev` on (see preview-content.ts), anew each time
 * Playwright starts the preview: the first step of its web server's command.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { commitOn, publishOnMain } from '../../git';
import {
  brokenNotice,
  editedNotice,
  fixtures,
  listNotice,
  outdatedTranslation,
  previewContentDir,
  untranslatedNotice,
  withdrawnNotice,
} from './preview-content';

const editorFolder = path.dirname(previewContentDir);
rmSync(editorFolder, { recursive: true, force: true });
cpSync(path.join(fixtures, 'valid'), previewContentDir, { recursive: true });
const target = path.join(previewContentDir, 'purposes', brokenNotice.authority, `${brokenNotice.slug}.md`);
mkdirSync(path.dirname(target), { recursive: true });
cpSync(path.join(fixtures, brokenNotice.fixture), target);
// A Danish notice changed after its English translation: the English page says the Danish one is newer.
cpSync(
  path.join(fixtures, outdatedTranslation.danishFixture),
  path.join(previewContentDir, 'purposes', outdatedTranslation.authority, `${outdatedTranslation.slug}.md`),
);
writeFileSync(
  path.join(previewContentDir, 'purposes', untranslatedNotice.authority, `${untranslatedNotice.slug}.md`),
  readFileSync(path.join(fixtures, untranslatedNotice.danishFixture), 'utf8').replace(
    /^title: .*$/m,
    `title: ${untranslatedNotice.title}`,
  ),
);
// The notices the web editor's tests change through its forms.
for (const notice of [editedNotice, listNotice]) cpSync(path.join(fixtures, notice.fixture), notice.file);

// The editor's saves are checked for change notes against the published version: the folder around the
// content is a git repository whose main is the content as laid out here.
publishOnMain(previewContentDir);

// A notice withdrawn after a change: published, its period changed, its file deleted, each on its day.
const withdrawnFile = path.join(
  previewContentDir,
  'purposes',
  withdrawnNotice.authority,
  `${withdrawnNotice.slug}.md`,
);
const withdrawnText = readFileSync(path.join(fixtures, withdrawnNotice.fixture), 'utf8').replace(
  /^title: .*$/m,
  `title: ${withdrawnNotice.title}`,
);
writeFileSync(withdrawnFile, withdrawnText);
commitOn(previewContentDir, withdrawnNotice.published);
writeFileSync(withdrawnFile, withdrawnText.replace('period: 30 dage', 'period: 60 dage'));
commitOn(previewContentDir, withdrawnNotice.changed);
rmSync(withdrawnFile);
commitOn(previewContentDir, withdrawnNotice.withdrawn);
