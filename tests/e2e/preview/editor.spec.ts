import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';

import { noticePath } from '../../../src/config/routes';
import { today } from '../../../src/lib/dates';
import { draftStatus, noticeCollection, openEditor, previewPane } from './editor-page';
import {
  editedNotice,
  listNotice,
  outdatedTranslation,
  previewContentDir,
  untranslatedNotice,
} from './preview-content';

// The web editor, `npm run edit`, on the preview's copy of the content (prepare-content.ts), whose folder
// is a git repository with the content as published: Decap CMS at /admin, its local backend behind the
// project's save path and content check.

/** Saves the entry, which in Decap's simple publishing mode is "Publicer nu". */
async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publicer', exact: true }).click();
  await page.getByText('Publicer nu', { exact: true }).click();
}

/** Picks `option` in a Decap select or relation field (react-select) by typing it. */
async function choose(page: Page, label: RegExp, option: string, nth = -1) {
  const field = page.getByLabel(label).nth(nth);
  await field.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** `npm run check:content -- <file>` on the preview's content: its exit code and report. */
function checkContentOf(file: string) {
  try {
    const report = execFileSync('npx', ['tsx', 'scripts/check-content.ts', file], {
      env: { ...process.env, PERSONDATA_CONTENT_DIR: previewContentDir },
      encoding: 'utf8',
    });
    return { status: 0, report };
  } catch (error) {
    const { status, stdout } = error as { status: number; stdout: string };
    return { status, report: stdout };
  }
}

test('the editor is in Danish and has a collection for each authority’s notices', async ({ page }) => {
  await openEditor(page, noticeCollection);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('link', { name: /Formål – Testmyndigheden/ }).first()).toBeVisible();
  await expect(page.getByText('Videoovervågning').first()).toBeVisible();
});

test('a changed retention period needs a change note; then only those lines change in the file', async ({
  page,
}) => {
  const before = readFileSync(editedNotice.file, 'utf8');
  await openEditor(page, `${noticeCollection}/entries/${editedNotice.slug}`);
  await page.getByLabel(/^Periode/).fill('60 dage efter optagelsen');
  await publish(page);
  // The refusal names the field by its label in the form, and neither the file nor Decap's error code.
  const refusal = page.getByRole('alert').filter({ hasText: /^Dokumentet er ikke gemt/ });
  await expect(refusal).toContainText(
    'Ændringer: »Opbevaring« er ændret i forhold til den offentliggjorte version; tilføj et punkt under »Ændringer«',
  );
  await expect(refusal).not.toContainText(/API_ERROR|content\/|retention|changes/);
  expect(readFileSync(editedNotice.file, 'utf8')).toBe(before);

  const note = 'Opbevaringsperioden er ændret til 60 dage efter optagelsen.';
  await page.getByRole('button', { name: /^Tilføj ændring/ }).click();
  await page.getByLabel(/^Dato/).last().fill(today());
  await page.getByLabel(/^Note/).last().fill(note);
  await publish(page);
  await expect(page.getByText('Dokumentet er gemt')).toBeVisible();
  // The refusal before does not stand beside the success.
  await expect(refusal).toBeHidden();

  expect(readFileSync(editedNotice.file, 'utf8')).toBe(
    before
      .replace(`  period: ${editedNotice.period}\n`, '  period: 60 dage efter optagelsen\n')
      .replace(
        '    note: Offentliggjort.\n---',
        `    note: Offentliggjort.\n  - date: ${today()}\n    note: ${note}\n---`,
      ),
  );
  expect(checkContentOf(editedNotice.file).status).toBe(0);
  await page.goto(noticePath(editedNotice.authority, editedNotice.slug));
  await expect(page.getByText('Periode: 60 dage efter optagelsen')).toBeVisible();
  await expect(page.getByText(`${note}`)).toBeVisible();
});

test('the preview pane shows the unsaved notice as the site makes it, with what check:content would say', async ({
  page,
}) => {
  // The fixture's minimal notice lacks seven elements the regulation requires.
  await openEditor(page, `${noticeCollection}/entries/minimal`);
  await page.getByLabel(/^Titel/).fill('Minimal, ikke gemt');
  // The pane follows the form after a pause in typing and a content check of the draft, then its page.
  const status = draftStatus(page);
  await expect(status).toContainText('7 fejl: kladden kan ikke gemmes, før de er rettet.');
  await expect(status.getByRole('listitem').first()).toContainText(
    'Retsgrundlag: der står ikke noget retsgrundlag efter artikel 6, stk. 1',
  );
  await expect(previewPane(page).locator('h1')).toHaveText('Minimal, ikke gemt');
});

test('the draft’s status follows each change of the form, never an older one', async ({ page }) => {
  // Target: the status follows within a second of a pause in typing (the pane's typingPause and one
  // content check); waited for here as a state, not timed, as the machine's load sets the time.
  await openEditor(page, `${noticeCollection}/entries/minimal`);
  const status = draftStatus(page);
  await expect(status).toContainText('7 fejl');
  const title = page.getByLabel(/^Titel/);
  // Without a title every mistake is still told at once: the missing title first, then the seven elements.
  await title.fill('');
  await expect(status).toContainText('8 fejl');
  await expect(status.getByRole('listitem').first()).toHaveText('Titel: feltet mangler. Tilføj det');
  await title.fill('Minimal igen');
  await expect(status).toContainText('7 fejl');
  await expect(status.getByRole('listitem').filter({ hasText: /^Titel: / })).toHaveCount(0);
});

test('an answer for an older state of the form never replaces the status of a newer one', async ({
  page,
}) => {
  await openEditor(page, `${noticeCollection}/entries/minimal`);
  const status = draftStatus(page);
  await expect(status).toContainText('7 fejl');
  // The check of the first change is held back until the form has changed again and been checked.
  let held: Request | undefined;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/admin/kladde', async (route) => {
    if (!held) {
      held = route.request();
      await released;
    }
    // The pane may have given up the held request by now: then there is nothing to continue.
    await route.continue().catch(() => undefined);
  });
  const title = page.getByLabel(/^Titel/);
  await title.fill('');
  await expect.poll(() => held !== undefined).toBe(true);
  // While the change is checked the pane says so, not the status of the form before it.
  await expect(status).toContainText('Kladden kontrolleres');
  await expect(status).not.toContainText('7 fejl');
  await title.fill('Minimal igen');
  await expect(status).toContainText('7 fejl');
  release();
  await held!.response();
  await expect(status).toContainText('7 fejl');
  await expect(status).not.toContainText('8 fejl');
  await expect(status).not.toContainText('Titel: feltet mangler');
});

test('a translation shows each field changed in Danish since it was translated, beside the Danish text', async ({
  page,
}) => {
  const { authority, slug } = outdatedTranslation;
  await openEditor(page, `/collections/en-purposes-${authority}/entries/${slug}`);
  const status = draftStatus(page);
  await expect(status.getByRole('heading', { name: /er ændret på dansk, siden/ })).toBeVisible();
  // The recipient added in Danish stands beside the translation's list, which lacks it.
  const recipients = status.getByRole('region', { name: 'Modtagere' });
  await expect(recipients.getByRole('definition').first()).toContainText('Anklagemyndigheden');
  await expect(recipients.getByRole('definition').last()).not.toContainText('Anklagemyndigheden');
  await expect(status).toContainText(
    'gem med »Publicer nu«: et felt, du har rettet, er derefter markeret som gennemset.',
  );
  await expect(status).not.toContainText(/npm run|content\//);
});

test('a date that does not exist is refused in the form with its field and value, and nothing is written', async ({
  page,
}) => {
  // A notice no other test saves, so "nothing is written" holds while the tests run side by side.
  const file = `${previewContentDir}/purposes/${untranslatedNotice.authority}/${untranslatedNotice.slug}.md`;
  const before = readFileSync(file, 'utf8');
  await openEditor(page, `${noticeCollection}/entries/${untranslatedNotice.slug}`);
  await page.getByLabel(/^Sidst gennemgået/).fill('31-02-2026');
  await expect(page.getByText(/UTC/)).toHaveCount(0);
  await publish(page);
  await expect(
    page.getByText('Sidst gennemgået: 31-02-2026 findes ikke: februar 2026 har 28 dage. Ret dagen.'),
  ).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('a required field left empty is named when the save is refused', async ({ page }) => {
  await openEditor(page, `${noticeCollection}/entries/minimal`);
  await page.getByLabel(/^Titel/).fill('');
  await publish(page);
  await expect(page.getByText('Titel mangler. Udfyld feltet.')).toBeVisible();
  await expect(page.getByText(/^Dokumentet er ikke gemt, for et felt mangler/)).toBeVisible();
});

test('a new notice made through the forms is saved as a new file and shows its completeness status', async ({
  page,
}) => {
  const gaps = [
    'Retsgrundlag',
    'Kilder',
    'Kategorier af oplysninger',
    'Pligt til at give oplysningerne',
    'Modtagere',
    'Overførsel til lande uden for EU/EØS',
    'Opbevaringsperiode',
    'Automatiske afgørelser',
  ];
  await openEditor(page, `${noticeCollection}/new`);
  await page.getByLabel(/^Titel/).fill('Parkering');
  await page.getByLabel(/^Resumé/).fill('Vi registrerer biler på parkeringspladsen.');
  await page.getByLabel(/^Rækkefølge/).fill('9');
  await choose(page, /^Emne/, 'Test');
  await page
    .getByLabel(/^Formål/)
    .first()
    .fill('At holde pladserne til besøgende.');
  for (const gap of gaps) {
    // Each kind of item is added by its name; the item then reads under it.
    await page.getByRole('button', { name: /^Tilføj kendt mangel/ }).click();
    await page.getByRole('menuitem', { name: gap, exact: true }).click();
    await page
      .getByLabel(/^Begrundelse/)
      .last()
      .fill('Styrelsen har ikke offentliggjort det endnu.');
  }
  await page.getByLabel(/^Sidst gennemgået/).fill(today());
  await page.getByRole('button', { name: /^Tilføj ændring/ }).click();
  await page.getByLabel(/^Dato/).last().fill(today());
  await page.getByLabel(/^Note/).last().fill('Oplysningen er offentliggjort.');
  await publish(page);
  await expect(page.getByText('Dokumentet er gemt')).toBeVisible();

  const file = `${previewContentDir}/purposes/${editedNotice.authority}/parkering.md`;
  expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: Parkering\nsummary: Vi registrerer biler/);
  expect(checkContentOf(file).status).toBe(0);
  await page.goto(noticePath(editedNotice.authority, 'parkering'));
  await expect(page.locator('h1')).toHaveText('Parkering');
  await expect(page.getByRole('region', { name: 'Kun i forhåndsvisningen' })).toContainText(
    `Med erklærede mangler (${gaps.length})`,
  );
});

test('a notice can be changed and saved with the keyboard alone', async ({ page }) => {
  await openEditor(page, `${noticeCollection}/entries/minimal`);
  // From the top of the page, as an editor arrives: one Tab to the skip button, Enter, and the title.
  await page.reload();
  const title = page.getByLabel(/^Titel/);
  await expect(title).toHaveValue('Minimal');
  const focusedIs = (locator: ReturnType<Page['getByLabel']>) =>
    locator.evaluate((element) => element === document.activeElement);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Gå til formularens første felt' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Minimal, skrevet med tastaturet');
  const publishButton = page.getByRole('button', { name: 'Publicer', exact: true });
  for (let presses = 0; presses < 60 && !(await focusedIs(publishButton)); presses++)
    await page.keyboard.press('Shift+Tab');
  expect(await focusedIs(publishButton)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Publicer nu' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Dokumentet er gemt')).toBeVisible();
  expect(
    readFileSync(`${previewContentDir}/purposes/${editedNotice.authority}/minimal.md`, 'utf8'),
  ).toContain('\ntitle: Minimal, skrevet med tastaturet\n');
});

test('a collapsed list item reads its choice in Danish and its text, and follows a change of the choice', async ({
  page,
}) => {
  await openEditor(page, `${noticeCollection}/entries/${listNotice.slug}`);
  const ordinary = 'Almindelige personoplysninger: Billeder af besøgende.';
  await expect(page.getByText(ordinary, { exact: true })).toBeVisible();
  await expect(page.getByText('Dig selv: Optagelser af dig.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Fold ud eller sammen: ${ordinary}` }).click();
  await choose(page, /^Type/, 'Følsomme personoplysninger', 0);
  const sensitive = 'Følsomme personoplysninger: Billeder af besøgende.';
  await page.getByRole('button', { name: `Fold ud eller sammen: ${sensitive}` }).click();
  await expect(page.getByText(sensitive, { exact: true })).toBeVisible();
});

test('"Ingen" saves recipients: [], "Ikke oplyst" leaves transfers out, and "Følgende" needs an item', async ({
  page,
}) => {
  const before = readFileSync(listNotice.file, 'utf8');
  await openEditor(page, `${noticeCollection}/entries/${listNotice.slug}`);
  const recipients = page.getByRole('radiogroup', { name: 'Modtagere' });
  const transfers = page.getByRole('radiogroup', { name: 'Overførsler' });
  await expect(recipients.getByRole('radio', { name: 'Følgende' })).toBeChecked();
  await expect(transfers.getByRole('radio', { name: 'Ingen' })).toBeChecked();
  await recipients.getByRole('radio', { name: 'Ingen' }).check();
  await transfers.getByRole('radio', { name: 'Følgende' }).check();
  await publish(page);
  await expect(page.getByText('Overførsler: tilføj mindst én overførsel, eller vælg »Ingen«.')).toBeVisible();
  expect(readFileSync(listNotice.file, 'utf8')).toBe(before);

  await transfers.getByRole('radio', { name: 'Ikke oplyst' }).check();
  const gap = 'Styrelsen har ikke offentliggjort det endnu.';
  await page.getByRole('button', { name: /^Tilføj kendt mangel/ }).click();
  await page.getByRole('menuitem', { name: 'Overførsel til lande uden for EU/EØS', exact: true }).click();
  await page
    .getByLabel(/^Begrundelse/)
    .last()
    .fill(gap);
  const note = 'Oplysningerne gives ikke til andre.';
  await page.getByRole('button', { name: /^Tilføj ændring/ }).click();
  await page.getByLabel(/^Dato/).last().fill(today());
  await page.getByLabel(/^Note/).last().fill(note);
  await publish(page);
  await expect(page.getByText('Dokumentet er gemt')).toBeVisible();

  expect(readFileSync(listNotice.file, 'utf8')).toBe(
    before
      .replace('recipients:\n  - name: Politiet\n    reason: efterforskning\n', 'recipients: []\n')
      .replace('transfers: []\n', '')
      .replace('lastReviewed:', `knownGaps:\n  - element: transfers\n    reason: ${gap}\nlastReviewed:`)
      .replace(
        '    note: Offentliggjort.\n---',
        `    note: Offentliggjort.\n  - date: ${today()}\n    note: ${note}\n---`,
      ),
  );
});

test('axe’s findings on the editor’s own pages are the ones recorded in the README', async ({
  browser,
}, testInfo) => {
  // Decap's interface is third-party: its violations are recorded for its maintainers, not ours to fail
  // the build on; a new one fails here until it is recorded (README.md, "The web editor").
  const recorded = [...readFileSync('README.md', 'utf8').matchAll(/^\| `([a-z-]+)` +\| Decap/gm)].map(
    ([, id]) => id,
  );
  // @axe-core/playwright needs a page from browser.newContext().
  const context = await browser.newContext();
  const page = await context.newPage();
  const found: { route: string; id: string; where: string }[] = [];
  // Not the preview pane: it shows the site's own page, which the publication's sweep checks, and
  // whether it has loaded when axe looks depends on the time its draft takes.
  const analyze = async (route: string) => {
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .exclude('#preview-pane')
      .analyze();
    for (const { id, nodes } of violations)
      found.push({ route, id, where: nodes.map((node) => node.target.join(' ')).join(', ') });
  };
  // Decap's loading text shows while a collection's files load: the backend holds them until axe has
  // looked at it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/api/v1', async (route) => {
    if (route.request().postData()?.includes('entriesByFolder')) await held;
    await route.continue();
  });
  await openEditor(page, noticeCollection);
  await expect(page.getByText('Indlæser dokumenter...')).toBeVisible();
  await analyze(`${noticeCollection} (loading)`);
  release();
  for (const route of [
    noticeCollection,
    `${noticeCollection}/entries/${editedNotice.slug}`,
    `${noticeCollection}/new`,
  ]) {
    await page.goto(`/admin#${route}`);
    await expect(
      page
        .getByRole('button', { name: 'Publicer', exact: true })
        .or(page.getByText('Formål – Testmyndigheden'))
        .first(),
    ).toBeVisible();
    await analyze(route);
  }
  const report = found.map(({ route, id, where }) => `${route} ${id}: ${where}`).join('\n');
  await testInfo.attach('axe-violations', { body: report, contentType: 'text/plain' });
  expect(found.filter(({ id }) => !recorded.includes(id))).toEqual([]);
  await context.close();
});
