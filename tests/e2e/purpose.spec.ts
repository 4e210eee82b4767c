import { expect, test } from '@playwright/test';

import { lastUpdated } from '../../src/lib/gdpr/review';
import { applicableRights } from '../../src/lib/gdpr/rights';
import { formatArticle, formatDate } from '../../src/lib/labels';
import { authorityPath, purposePath, rightPath } from '../../src/lib/routes';
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

for (const authority of content.authorities) {
  for (const purpose of authority.purposes) {
    test(`${purposePath(authority.slug, purpose.slug)} shows every notice element and links back`, async ({
      page,
    }) => {
      await page.goto(purposePath(authority.slug, purpose.slug));
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
        page.getByText(`Senest opdateret ${formatDate(lastUpdated(purpose))}`, { exact: true }),
      ).toBeVisible();
      await expect(
        page.getByRole('navigation', { name: 'Brødkrummesti' }).getByRole('link', { name: authority.name }),
      ).toBeVisible();
      await page
        .getByRole('link', { name: `Tilbage til ${authority.genitive} oversigt over formål` })
        .click();
      await expect(page).toHaveURL(authorityPath(authority.slug));
    });
  }
}

for (const authority of content.authorities) {
  for (const purpose of authority.purposes) {
    test(`${purposePath(authority.slug, purpose.slug)} shows the rights of its legal basis and its history`, async ({
      page,
    }) => {
      await page.goto(purposePath(authority.slug, purpose.slug));
      const rights = page.getByRole('region', { name: 'Dine rettigheder' }).locator('.rights-list > li > a');
      const expected = applicableRights(purpose);
      await expect(rights).toHaveText(expected.map((right) => rightTitles.get(right.id)!));
      for (const [index, right] of expected.entries())
        await expect(rights.nth(index)).toHaveAttribute('href', rightPath(right.id));
      const history = page.getByRole('region', { name: 'Ændringer' }).getByRole('listitem');
      await expect(history).toHaveCount(purpose.changes.length);
    });
  }
}

test('a fact the notice lacks is stated openly, with the way to the DPO', async ({ page }) => {
  const authority = content.authorities.find((candidate) =>
    candidate.purposes.some((purpose) => !purpose.retention),
  );
  const purpose = authority?.purposes.find((candidate) => !candidate.retention);
  test.skip(!authority || !purpose, 'every notice states its retention');
  await page.goto(purposePath(authority!.slug, purpose!.slug));
  const retention = page.getByRole('region', { name: 'Opbevaring' });
  await expect(retention).toContainText('Denne oplysning er ikke offentliggjort endnu.');
  await retention.getByRole('link', { name: 'Kontakt databeskyttelsesrådgiveren' }).click();
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
      formatArticle(basis.article),
    );
  await expect(page.getByRole('region', { name: 'Modtagere' }).getByRole('listitem')).toHaveText(
    (notice.recipients ?? []).map((recipient) => new RegExp(`^${recipient.name}`)),
  );
  await expect(page.getByRole('region', { name: 'Opbevaring' })).toContainText(notice.retention!.period!);
});
