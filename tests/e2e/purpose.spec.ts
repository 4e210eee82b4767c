import { expect, test, type Page } from '@playwright/test';

import { authorityPath, purposePath, rightPath } from '../../src/config/routes';
import { da } from '../../src/i18n/dictionaries/da';
import type { Authority, Purpose } from '../../src/lib/content/types';
import { lastUpdated } from '../../src/lib/gdpr/review';
import { applicableRights } from '../../src/lib/gdpr/rights';
import { content } from './site-content';

const noticeHeadings = [
  'Formål og retsgrundlag',
  'Kategorier af oplysninger',
  'Hvor stammer oplysningerne fra',
  'Modtagere',
  'Overførsel til lande uden for EU og EØS',
  'Opbevaring',
  'Automatiske afgørelser',
  'Dine rettigheder',
  'Kontakt',
  'Ændringer',
];
const rightTitles = new Map(content.rights.rights.map((right) => [right.id, right.title]));

/** The notice shows every notice element and links back. */
async function showsEveryElementAndLinksBack(page: Page, authority: Authority, purpose: Purpose) {
  await expect(page.locator('h1')).toHaveText(purpose.title);
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.filter((heading) => noticeHeadings.includes(heading))).toEqual(noticeHeadings);
  const contents = page.getByRole('navigation', { name: 'Indhold på siden' }).getByRole('link');
  await expect(contents).toHaveText(noticeHeadings);
  for (const link of await contents.all()) {
    await expect(page.locator(`h2${await link.getAttribute('href')}`)).toHaveText(
      (await link.textContent()) ?? '',
    );
  }
  await expect(
    page.getByText(`Senest opdateret ${da.formatDate(lastUpdated(purpose))}`, { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Brødkrummesti' }).getByRole('link', { name: authority.name }),
  ).toBeVisible();
  await page.getByRole('link', { name: `Tilbage til ${authority.genitive} oversigt over formål` }).click();
  await expect(page).toHaveURL(authorityPath(authority.slug));
}

/** The notice shows the rights of its legal basis and its history. */
async function showsRightsAndHistory(page: Page, authority: Authority, purpose: Purpose) {
  const rights = page.getByRole('region', { name: 'Dine rettigheder' }).locator('.rights-list > li > a');
  const expected = applicableRights(purpose);
  await expect(rights).toHaveText(expected.map((right) => rightTitles.get(right.id)!));
  for (const [index, right] of expected.entries())
    await expect(rights.nth(index)).toHaveAttribute('href', rightPath(right.id));
  const history = page.getByRole('region', { name: 'Ændringer' }).getByRole('listitem');
  await expect(history).toHaveCount(purpose.changes.length);
}

const summaryName = 'Oplysninger, der ikke er offentliggjort';

/** The notice sums up exactly the facts it declares unpublished. */
async function sumsUpItsGaps(page: Page, authority: Authority, purpose: Purpose) {
  const summary = page.getByRole('region', { name: summaryName });
  const gaps = purpose.knownGaps ?? [];
  if (gaps.length === 0) {
    await expect(summary).toHaveCount(0);
    return;
  }
  const listed = await summary
    .locator('p')
    .first()
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => ({ label: link.textContent, id: link.getAttribute('href')?.slice(1) })),
    );
  expect(listed.map((link) => link.label).sort()).toEqual(
    gaps.map((gap) => da.noticeElements[gap.element]).sort(),
  );
  // In page order: each link leads no earlier in the page than the one before it.
  const ids = await page
    .locator('main [id]')
    .evaluateAll((elements) => elements.map((element) => element.id));
  const positions = listed.map((link) => ids.indexOf(link.id ?? ''));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  for (const gap of gaps) {
    const link = listed.find((candidate) => candidate.label === da.noticeElements[gap.element]);
    await expect(page.locator(`section[aria-labelledby="${link?.id}"]`)).toContainText(
      `Ikke offentliggjort: ${gap.reason}`,
    );
  }
  const whereToAsk = summary.locator('p').last().getByRole('link').first();
  await expect(whereToAsk).toHaveAttribute(
    'href',
    authority.dpoContact ? '#databeskyttelsesraadgiver' : authority.website,
  );
}

// One visit per notice: its rights and history, the summary of its gaps, then every element and the way back.
for (const authority of content.authorities) {
  for (const purpose of authority.purposes) {
    test(`${purposePath(authority.slug, purpose.slug)} shows its elements, rights, history and gaps, and links back`, async ({
      page,
    }) => {
      await page.goto(purposePath(authority.slug, purpose.slug));
      await showsRightsAndHistory(page, authority, purpose);
      await sumsUpItsGaps(page, authority, purpose);
      await showsEveryElementAndLinksBack(page, authority, purpose);
    });
  }
}

test('the summary of unpublished facts leads to the DPO', async ({ page }) => {
  const authority = content.authorities.find(
    (candidate) => candidate.dpoContact && candidate.purposes.some((purpose) => purpose.knownGaps),
  );
  const purpose = authority?.purposes.find((candidate) => candidate.knownGaps);
  test.skip(!authority || !purpose, 'no notice with gaps at an authority that publishes its DPO');
  await page.goto(purposePath(authority!.slug, purpose!.slug));
  await page
    .getByRole('region', { name: summaryName })
    .getByRole('link', { name: `${authority!.genitive} databeskyttelsesrådgiver` })
    .click();
  await expect(page).toHaveURL(/#databeskyttelsesraadgiver$/);
  await expect(page.locator('#databeskyttelsesraadgiver')).toBeInViewport();
});

test('the video surveillance notice shows its legal basis, recipients and retention from its file', async ({
  page,
}) => {
  const authority = content.authorities.find((candidate) => candidate.slug === 'udlaendingestyrelsen')!;
  const notice = authority.purposes.find((purpose) => purpose.slug === 'videoovervaagning')!;
  await page.goto(purposePath(authority.slug, notice.slug));
  for (const basis of notice.legalBases ?? [])
    await expect(page.getByRole('region', { name: 'Retsgrundlag', exact: true })).toContainText(
      da.formatArticle(basis.article),
    );
  await expect(page.getByRole('region', { name: 'Modtagere' }).getByRole('listitem')).toHaveText(
    (notice.recipients ?? []).map((recipient) => new RegExp(`^${recipient.name}`)),
  );
  await expect(page.getByRole('region', { name: 'Opbevaring' })).toContainText(notice.retention!.period!);
});
