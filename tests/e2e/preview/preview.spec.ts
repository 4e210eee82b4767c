import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { previewProblemsPath } from '../../../src/components/preview/problems-banner';
import { languages } from '../../../src/config/languages';
import { authorityPath, localePath, noticePath, versionPath } from '../../../src/config/routes';
import { dictionaryOf } from '../../../src/i18n/dictionaries';
import { loadContent } from '../../../src/lib/content/load';
import { noticeSectionIds, translationNoteIds } from '../../../src/lib/section-ids';
import { expectNoAxeViolations } from '../axe';
import {
  brokenNotice,
  fixtures,
  outdatedTranslation,
  previewContentDir,
  untranslatedNotice,
  withdrawnNotice,
} from './preview-content';

// `npm run dev` on the valid fixture set with one broken notice in it (prepare-content.ts): the preview
// shows what is valid, says in Danish what is wrong and where, and never shows Next.js's error overlay.

const valid = loadContent(path.join(fixtures, 'valid'));
const authority = valid.authorities.find((candidate) => candidate.slug === brokenNotice.authority)!;
const notice = authority.notices.at(-1)!;
const panelTitle = 'Siden kan ikke vises, fordi indholdet har fejl';

/** Opens a page of the preview and checks it answered without a server error or the error overlay. */
async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('[data-nextjs-dialog]')).toHaveCount(0);
}

test('the front page and a valid notice still show with a broken notice beside them', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('h1')).toHaveText('Sådan behandler vi dine personoplysninger');
  await expect(
    page.getByRole('link', { name: `${authority.name} (${authority.shortName})`, exact: true }),
  ).toBeVisible();
  await open(page, noticePath(authority.slug, notice.slug));
  await expect(page.locator('h1')).toHaveText(notice.title);
});

test('the broken notice’s page shows the problem panel, naming the file and the line', async ({ page }) => {
  await open(page, noticePath(brokenNotice.authority, brokenNotice.slug));
  await expect(page.locator('h1')).toHaveText(panelTitle);
  const panel = page.getByRole('region', { name: panelTitle });
  await expect(panel.getByRole('listitem')).toContainText([
    `${brokenNotice.file}, linje ${brokenNotice.line}: lastReviewed (sidst gennemgået): "23-11-2026" er ikke en dato skrevet som ÅÅÅÅ-MM-DD. Skriv den som 2026-11-23`,
  ]);
  await expect(panel).toContainText('npm run check:content');
});

test('every other page counts the problems and links to the list of them all', async ({ page }) => {
  await open(page, '/');
  const count = page.getByRole('region', { name: 'Forhåndsvisning' });
  await expect(count).toContainText(/Indholdet har \d+ fejl og \d+ advars(el|ler)/);
  await count.getByRole('link', { name: 'Se alle problemer' }).click();
  await expect(page).toHaveURL(previewProblemsPath);
  await expect(page.locator('h1')).toHaveText('Problemer i indholdet');
  await expect(page.getByRole('main').getByRole('listitem')).toContainText([brokenNotice.file]);
});

test('a valid notice has the editor bar with its status and its file', async ({ page }) => {
  await open(page, noticePath(authority.slug, notice.slug));
  const bar = page.getByRole('region', { name: 'Kun i forhåndsvisningen' });
  await expect(bar.locator('dt')).toHaveText(['Status', 'Gennemgang', 'Fil']);
  await expect(bar.locator('dd').last()).toHaveText(
    `${previewContentDir}/purposes/${authority.slug}/${notice.slug}.md`,
  );
});

test('a notice added while the preview runs shows on its first request', async ({ page }) => {
  // Asked for once first, so Next.js has made the route's list of addresses before the file exists.
  await open(page, noticePath(authority.slug, notice.slug));
  const slug = `tilfoejet-${Date.now()}`;
  const file = path.join(previewContentDir, 'purposes', authority.slug, `${slug}.md`);
  const source = readFileSync(
    path.join(previewContentDir, 'purposes', authority.slug, `${notice.slug}.md`),
    'utf8',
  );
  writeFileSync(file, source.replace(`title: ${notice.title}`, 'title: Tilføjet formål'));
  try {
    await open(page, noticePath(authority.slug, slug));
    await expect(page.locator('h1')).toHaveText('Tilføjet formål');
  } finally {
    rmSync(file);
  }
});

test('an English notice without a translation shows its Danish text, marked as Danish, with a note', async ({
  page,
}) => {
  const danishPage = noticePath(untranslatedNotice.authority, untranslatedNotice.slug);
  await open(page, localePath('en', danishPage));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText(untranslatedNotice.title);
  await expect(page.locator('h1')).toHaveAttribute('lang', 'da');
  const note = page.locator(`#${translationNoteIds.missing}`);
  await expect(note).toHaveText('This text is only available in Danish');
  await expect(page.getByRole('link', { name: 'Read the Danish version' })).toHaveAttribute(
    'href',
    danishPage,
  );
  // The site's own words stay English around the Danish text.
  await expect(page.locator(`#${noticeSectionIds.legalBasis}`)).toHaveText('Purpose and legal basis');
});

test('an English notice whose Danish recipients changed since they were translated shows them in Danish, and says so', async ({
  page,
}) => {
  const { authority: slug, slug: noticeSlug, englishTitle } = outdatedTranslation;
  const danishPage = noticePath(slug, noticeSlug);
  await open(page, localePath('en', danishPage));
  await expect(page.locator('h1')).toHaveText(englishTitle);
  await expect(page.locator('h1')).not.toHaveAttribute('lang', 'da');
  const note = page.getByRole('region', { name: 'Parts of this page are shown in Danish' });
  await expect(note).toContainText('the recipients');
  await expect(note.getByRole('link', { name: 'Read the Danish version' })).toHaveAttribute(
    'href',
    danishPage,
  );
  // The recipients changed in Danish: shown in Danish, and marked so.
  await expect(
    page.locator(`section[aria-labelledby="${noticeSectionIds.recipients}"] [lang="da"]`).first(),
  ).toBeVisible();
});

/** The text a phrase of the dictionaries reads as. */
const textOf = (phrase: ReactNode) =>
  renderToStaticMarkup(createElement(Fragment, null, phrase)).replace(/<[^>]*>/g, '');

test('a withdrawn notice is listed by its authority, and its old address and last version say it was withdrawn, in both languages', async ({
  page,
}) => {
  const { authority, slug, title, changed, withdrawn } = withdrawnNotice;
  const last = versionPath(authority, slug, changed);
  await open(page, authorityPath(authority));
  const listed = page.getByRole('region', { name: dictionaryOf('da').versions.withdrawnHeading });
  await expect(listed.getByRole('link', { name: title })).toHaveAttribute('href', last);
  for (const { code } of languages) {
    const w = dictionaryOf(code);
    await open(page, localePath(code, noticePath(authority, slug)));
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator('.lead')).toHaveText(textOf(w.versions.withdrawnOn(w.formatDate(withdrawn))));
    await page.getByRole('link', { name: w.versions.readLast(w.formatDate(changed)) }).click();
    await expect(page).toHaveURL(localePath(code, last));
    const marking = page.getByRole('region', { name: w.versions.markingHeading(w.formatDate(changed)) });
    await expect(marking).toContainText(textOf(w.versions.withdrawnOn(w.formatDate(withdrawn))));
    await expect(marking).toContainText(
      textOf(w.versions.inForce(w.formatDate(changed), w.formatDate(withdrawn))),
    );
    await expect(marking.locator(`a[href="${localePath(code, authorityPath(authority))}"]`)).toHaveCount(1);
    await expect(page.getByRole('link', { name: w.versions.readCurrent })).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expectNoAxeViolations(page);
  }
});
