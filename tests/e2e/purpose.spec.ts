import { expect, test } from '@playwright/test';

import { da } from '../../src/i18n/dictionaries/da';
import { purposePath } from '../../src/lib/routes';
import { content } from './site-content';

// What every notice shows is checked on every notice by the sweep (page-type-checks.ts); here, a jump and
// one notice's facts against its file.

test('the summary of unpublished facts leads to the DPO', async ({ page }) => {
  const authority = content.authorities.find(
    (candidate) => candidate.dpoContact && candidate.purposes.some((purpose) => purpose.knownGaps),
  );
  const purpose = authority?.purposes.find((candidate) => candidate.knownGaps);
  test.skip(!authority || !purpose, 'no notice with gaps at an authority that publishes its DPO');
  await page.goto(purposePath(authority!.slug, purpose!.slug));
  await page
    .getByRole('region', { name: 'Oplysninger, der ikke er offentliggjort' })
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
