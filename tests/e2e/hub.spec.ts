import { expect, test } from '@playwright/test';

import { authorityPath, purposePath, rightPath } from '../../src/config/routes';
import { coreCompleteness, coreElements } from '../../src/lib/gdpr/completeness';
import { unionOfRights } from '../../src/lib/gdpr/rights';
import { content } from './site-content';

for (const authority of content.authorities) {
  test.describe(`the hub of ${authority.name}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(authorityPath(authority.slug));
    });

    test('shows its sections in the order the seeds use', async ({ page }) => {
      const hasAgreements = content.agreements.some((agreement) =>
        agreement.parties.includes(authority.slug),
      );
      const sections = [
        ...(hasAgreements ? ['Fælles dataansvar'] : []),
        'Formål, vi behandler personoplysninger til',
        'Dine rettigheder',
        `Kontakt ${authority.name}`,
        `${authority.genitive} databeskyttelsesrådgiver (DPO)`,
        'Klage til Datatilsynet',
      ];
      await expect(page.locator('main h2')).toHaveText(['Indhold på siden', ...sections]);
      const contents = page.getByRole('navigation', { name: 'Indhold på siden' }).getByRole('link');
      await expect(contents).toHaveText(sections);
      for (const link of await contents.all()) {
        await expect(page.locator(`h2${await link.getAttribute('href')}`)).toHaveText(
          (await link.textContent()) ?? '',
        );
      }
    });

    test('links every purpose with its summary', async ({ page }) => {
      const list = page.locator('section', { has: page.locator('#formaal') }).locator('li');
      await expect(list).toHaveCount(authority.purposes.length);
      for (const [index, purpose] of authority.purposes.entries()) {
        await expect(list.nth(index).getByRole('link')).toHaveAttribute(
          'href',
          purposePath(authority.slug, purpose.slug),
        );
        await expect(list.nth(index).getByRole('link')).toHaveText(purpose.title);
        await expect(list.nth(index)).toContainText(purpose.summary);
      }
    });

    test('says for each purpose how many of its core facts it does not publish', async ({ page }) => {
      const core = new Set<string>(coreElements);
      const list = page.locator('section', { has: page.locator('#formaal') }).locator('li');
      for (const [index, purpose] of authority.purposes.entries()) {
        const unpublished = (purpose.knownGaps ?? []).filter((gap) => core.has(gap.element)).length;
        if (unpublished === 0) {
          await expect(list.nth(index)).not.toContainText('ikke offentliggjort');
          continue;
        }
        await expect(list.nth(index)).toContainText(
          `${unpublished} af ${coreCompleteness(purpose).applicable} oplysninger er ikke offentliggjort`,
        );
      }
    });

    test('lists the rights of all its notices, worded with its name', async ({ page }) => {
      const links = page
        .getByRole('region', { name: 'Dine rettigheder' })
        .getByRole('listitem')
        .getByRole('link');
      const expected = unionOfRights(authority.purposes);
      await expect(links).toHaveCount(expected.length);
      for (const [index, id] of expected.entries())
        await expect(links.nth(index)).toHaveAttribute('href', rightPath(id));
      await expect(links.first()).toHaveText(
        `Få indsigt i ${authority.genitive} behandling af dine oplysninger og en kopi af oplysningerne`,
      );
    });

    test('shows every controller and DPO channel exactly as the content gives it', async ({ page }) => {
      for (const [sectionId, element, channels] of [
        ['kontakt', 'controllerContact', authority.controllerContact],
        ['databeskyttelsesraadgiver', 'dpoContact', authority.dpoContact],
      ] as const) {
        const section = page.locator('section', { has: page.locator(`#${sectionId}`) });
        if (!channels) {
          const gap = authority.knownGaps?.find((candidate) => candidate.element === element);
          await expect(section.locator('.gap-note')).toContainText(`Ikke offentliggjort: ${gap!.reason}`);
          await expect(section.locator('.gap-note').getByRole('link')).toHaveAttribute(
            'href',
            authority.website,
          );
          continue;
        }
        if (channels.phone) await expect(section.getByRole('link', { name: channels.phone })).toBeVisible();
        if (channels.digitalPost) await expect(section).toContainText(channels.digitalPost.recipient);
        for (const line of channels.letter ?? [])
          await expect(section.locator('address')).toContainText(line);
      }
    });
  });
}
