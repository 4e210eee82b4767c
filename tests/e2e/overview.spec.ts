import { expect, test } from '@playwright/test';

import { overviewPath, purposePath, topicPath } from '../../src/config/routes';
import { purposesByTopic, samePurposeElsewhere } from '../../src/lib/overview';
import { content } from './site-content';

const groups = purposesByTopic(content);
const allPurposes = content.authorities.flatMap((authority) => authority.purposes);

test('the overview lists every purpose of every authority once, grouped by topic', async ({ page }) => {
  await page.goto(overviewPath);
  const listed = groups.flatMap((group) => group.entries);
  expect(listed).toHaveLength(allPurposes.length);
  for (const group of groups) {
    const section = page.getByRole('region', { name: group.title });
    const links = section.getByRole('listitem').getByRole('link');
    await expect(links).toHaveCount(group.entries.length);
    for (const [index, { purpose, authorityName }] of group.entries.entries()) {
      await expect(links.nth(index)).toHaveAttribute('href', purposePath(purpose.authority, purpose.slug));
      await expect(links.nth(index)).toHaveAccessibleName(`${purpose.title} – ${authorityName}`);
    }
  }
});

test('the overview’s topic index jumps to each topic', async ({ page }) => {
  await page.goto(overviewPath);
  const index = page.getByRole('navigation', { name: 'Emner' });
  for (const group of groups) {
    await index.getByRole('link', { name: group.title }).click();
    await expect(page).toHaveURL(new RegExp(`#${group.id}$`));
    await expect(page.locator(`h2#${group.id}`)).toBeInViewport();
  }
});

for (const authority of content.authorities) {
  for (const purpose of authority.purposes) {
    test(`${purposePath(authority.slug, purpose.slug)} has the authority’s side navigation and the same purpose elsewhere`, async ({
      page,
    }) => {
      await page.goto(purposePath(authority.slug, purpose.slug));
      const sideNav = page.getByRole('navigation', { name: `${authority.genitive} formål` });
      await expect(sideNav.getByRole('link')).toHaveText(
        authority.purposes.map((candidate) => candidate.title),
      );
      await expect(sideNav.locator('[aria-current="page"]')).toHaveText(purpose.title);

      const elsewhere = samePurposeElsewhere(content, purpose);
      const section = page.getByRole('region', { name: 'Samme formål hos andre myndigheder' });
      if (elsewhere.length === 0) {
        await expect(section).toHaveCount(0);
        return;
      }
      const links = section.getByRole('listitem').getByRole('link');
      await expect(links).toHaveText(
        elsewhere.map((entry) => `${entry.purpose.title} – ${entry.authorityName}`),
      );
      const topic = content.topics.topics.find((candidate) => candidate.id === purpose.topic)!;
      await expect(section.locator(`a[href="${topicPath(topic.id)}"]`)).toContainText(topic.title);
    });
  }
}

test('the front page introduces every authority and the overview', async ({ page }) => {
  await page.goto('/');
  for (const authority of content.authorities) {
    await expect(page.getByRole('main').getByText(authority.description)).toBeVisible();
  }
  await page.getByRole('main').locator(`a[href="${overviewPath}"]`).click();
  await expect(page).toHaveURL(overviewPath);
});
