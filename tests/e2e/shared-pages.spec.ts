import { expect, test } from '@playwright/test';

import { agreementPath, authorityPath, complaintPath, rightsPath } from '../../src/config/routes';
import { phoneHref } from '../../src/lib/labels';
import { content } from './site-content';

for (const agreement of content.agreements) {
  test(`${agreement.title} and its parties link each other`, async ({ page }) => {
    await page.goto(agreementPath(agreement.slug));
    const parties = page.locator('section', { has: page.locator('#parter') });
    for (const slug of agreement.parties) {
      const authority = content.authorities.find((candidate) => candidate.slug === slug)!;
      await expect(parties.getByRole('link', { name: authority.name, exact: true })).toHaveAttribute(
        'href',
        authorityPath(slug),
      );
    }
    await expect(parties.getByRole('listitem')).toHaveCount(agreement.parties.length);

    for (const slug of agreement.parties) {
      await page.goto(authorityPath(slug));
      await expect(page.getByRole('link', { name: agreement.title })).toHaveAttribute(
        'href',
        agreementPath(agreement.slug),
      );
    }
  });
}

test('the rights page explains every right under its own anchor', async ({ page }) => {
  await page.goto(rightsPath);
  for (const right of content.rights.rights) {
    await expect(page.locator(`h2#${right.id}`)).toHaveText(right.title);
  }
  await page.getByRole('link', { name: content.rights.rights[1]!.title }).click();
  await expect(page.locator(`#${content.rights.rights[1]!.id}`)).toBeInViewport();
});

test('the complaint page gives Datatilsynet’s contact details', async ({ page }) => {
  await page.goto(complaintPath);
  const { contact, cvr } = content.complaint.supervisoryAuthority;
  await expect(page.getByRole('link', { name: contact.phone! })).toHaveAttribute(
    'href',
    phoneHref(contact.phone!),
  );
  await expect(page.getByRole('link', { name: contact.email! })).toHaveAttribute(
    'href',
    `mailto:${contact.email}`,
  );
  await expect(page.getByRole('main')).toContainText(cvr);
});
