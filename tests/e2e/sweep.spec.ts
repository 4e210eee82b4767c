import { expect } from '@playwright/test';

import { expectNoAxeViolations } from './axe';
import {
  expectApprovedLook,
  expectNothingStored,
  expectPageFrame,
  expectReflow,
  expectRouteFacts,
  recordSetCookies,
} from './page-checks';
import { expectNotFoundPage, expectPageTypeFacts, expectVersionPage } from './page-type-checks';
import { notFoundPages, onePagePerType, pages, versionPages } from './site-content';
import { test } from './swept-page';

// Every page in every language, opened once: each check runs on that one visit, in place. A new page
// type adds its entry to the page types in site-content.ts and its checks to page-type-checks.ts; its
// first page in each language is also compared with an approved screenshot.

for (const sitePage of pages) {
  const looked = onePagePerType.includes(sitePage);
  test(`${sitePage.path}: its addresses, its ${sitePage.type} page, axe, ${looked ? 'its look, ' : ''}reflow, and nothing stored`, async ({
    sweptPage: page,
  }) => {
    const setCookies = recordSetCookies(page);
    expect((await page.goto(sitePage.path))?.status()).toBe(200);
    await expectPageFrame(page, sitePage.language);
    await expectRouteFacts(page, sitePage);
    await expectPageTypeFacts(page, sitePage);
    await expectNoAxeViolations(page);
    if (looked) await expectApprovedLook(page, sitePage.type, sitePage.language);
    await expectReflow(page);
    await expectNothingStored(page, setCookies);
  });
}

for (const versionPage of versionPages) {
  test(`${versionPage.path}: a past version, its addresses, its marking and comparison, axe, and reflow`, async ({
    sweptPage: page,
  }) => {
    expect((await page.goto(versionPage.path))?.status()).toBe(200);
    await expectPageFrame(page, versionPage.language);
    await expectRouteFacts(page, versionPage);
    await expectNoAxeViolations(page);
    await expectReflow(page);
    await expectVersionPage(page, versionPage);
  });
}

for (const { path, language } of notFoundPages) {
  test(`${path}: the 404 page in ${language}, axe, its look, reflow, and nothing stored`, async ({
    sweptPage: page,
  }) => {
    const setCookies = recordSetCookies(page);
    expect((await page.goto(path))?.status()).toBe(404);
    await expectPageFrame(page, language);
    await expectNotFoundPage(page, language);
    await expectNoAxeViolations(page);
    await expectApprovedLook(page, 'not found', language);
    await expectReflow(page);
    await expectNothingStored(page, setCookies);
  });
}
