import { devices, expect, test, type Page } from '@playwright/test';

import { sourceLanguage } from '../../src/config/languages';
import {
  accessibilityStatementPath,
  agreementPath,
  authorityChangesPath,
  authorityFeedPath,
  authorityPath,
  changesPath,
  localePath,
  noticePath,
  overviewPath,
  rightPath,
  siteFeedPath,
  topicPath,
  versionPath,
} from '../../src/config/routes';
import { absoluteUrl, site } from '../../src/config/site';
import { gdprProvision } from '../../src/i18n/citations';
import { dictionaryOf } from '../../src/i18n/dictionaries';
import { da } from '../../src/i18n/dictionaries/da';
import { changeKinds, listChanges } from '../../src/lib/changes';
import { isReadable } from '../../src/lib/content/notice-versions';
import type { Agreement, Authority, Notice } from '../../src/lib/content/types';
import {
  coreCompleteness,
  coreElements,
  isUnstated,
  noticeElementState,
} from '../../src/lib/gdpr/completeness';
import { lastUpdated } from '../../src/lib/gdpr/review';
import { applicableRights, unionOfRights } from '../../src/lib/gdpr/rights';
import { phoneHref } from '../../src/lib/labels';
import { noticesByTopic, samePurposeElsewhere } from '../../src/lib/overview';
import { requestAsText } from '../../src/lib/rights-request';
import { requestSectionIds } from '../../src/lib/section-ids';
import { contentIn } from '../../src/lib/site-content/localize';
import { situationsWithNotices } from '../../src/lib/situations';
import { recordFirstScreen } from './first-screen';
import { expectTitle, titleOf } from './page-title';
import { requestOf } from './request-pages';
import { content, versionsOf, type SitePage, type VersionPage } from './site-content';

// What each page type shows of the content, checked on the sweep's one visit of the page (sweep.spec.ts).
// Most are worded with the Danish words of the content and the dictionary, so they run on the Danish
// pages; the English pages share their structure, and get every other check of the sweep.

/** Copies the letter with the page's button, and reads what the clipboard got. */
export async function copiedLetter(page: Page, copied: string) {
  await page.locator('[data-request-copy]').click();
  await expect(page.locator('[data-request-controls]').getByRole('status')).toHaveText(copied);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A letter page, in every language: the page's script copies the letter exactly as the server writes it. */
async function letterPage(page: Page, sitePage: SitePage & { type: 'letter' }) {
  await expect(page.locator('[data-request-letter]')).toBeVisible();
  // What the authority may refuse, on every right's page; GDPR access beside aktindsigt on the access page.
  await expect(page.locator(`#${requestSectionIds.refusals} + ul li`).first()).toBeVisible();
  await expect(page.locator(`#${requestSectionIds.accessRoutes}`)).toHaveCount(
    sitePage.right === 'access' ? 1 : 0,
  );
  const text = await copiedLetter(page, dictionaryOf(sitePage.language).requestPage.copied);
  expect(text).toBe(requestAsText(requestOf(sitePage.authority.slug, sitePage.right, sitePage.language)));
}

/** The checks of the page's type. */
export async function expectPageTypeFacts(page: Page, sitePage: SitePage) {
  if (sitePage.type === 'requests') await expect(page.locator('main ul.rights-list a').first()).toBeVisible();
  if (sitePage.type === 'letter') await letterPage(page, sitePage);
  if (sitePage.type === 'front') await situationsAndAuthorities(page, sitePage.language);
  if (sitePage.language === sourceLanguage) await sourceLanguageFacts(page, sitePage);
  if (sitePage.type === 'notice') await expectVersionLinks(page, sitePage);
  if (sitePage.type === 'notice') await expectFirstLayerOnPhoneScreen(page, sitePage);
}

/**
 * A notice, in every language, links each of its past versions that can be shown from its list of versions,
 * in its language: so the version page the sweep opens is reached from its current notice.
 */
async function expectVersionLinks(
  page: Page,
  { language, authority, notice }: SitePage & { type: 'notice' },
) {
  for (const version of versionsOf(notice).filter(isReadable))
    await expect(
      page.locator(
        `.version-list a[href="${localePath(language, versionPath(authority.slug, notice.slug, version.date))}"]`,
      ),
    ).toHaveCount(1);
}

/** The checks worded with the Danish content and dictionary, on the Danish pages. */
async function sourceLanguageFacts(page: Page, sitePage: SitePage) {
  switch (sitePage.type) {
    case 'front':
      return frontPage(page);
    case 'overview':
      return overview(page);
    case 'rights':
      return rightsPage(page);
    case 'complaint':
      return complaintPage(page);
    case 'changes':
      return changesPage(page, sitePage.authority);
    case 'authority':
      return authorityPage(page, sitePage.authority);
    case 'notice':
      return noticePage(page, sitePage.authority, sitePage.notice);
    case 'agreement':
      return agreementPage(page, sitePage.agreement);
  }
}

/**
 * The front page, in every language: each situation folds out to the notices it names, and each authority
 * is named with its short name and what it handles, and on a page in another language by its Danish name.
 */
async function situationsAndAuthorities(page: Page, language: string) {
  const shown = contentIn(content, language);
  const main = page.getByRole('main');
  for (const situation of situationsWithNotices(shown)) {
    const details = main.locator('details', { has: page.getByText(situation.title, { exact: true }) });
    await details.locator('summary').click();
    const links = details.getByRole('link');
    await expect(links).toHaveCount(situation.entries.length);
    for (const [index, { notice }] of situation.entries.entries())
      await expect(links.nth(index)).toHaveAttribute(
        'href',
        localePath(language, noticePath(notice.authority, notice.slug)),
      );
  }
  const dictionary = dictionaryOf(language);
  const words = dictionary.authorityDirectory;
  for (const [index, authority] of shown.authorities.entries()) {
    const entry = main.locator('.authority-directory > li').nth(index);
    await expect(entry.getByRole('link')).toHaveText(`${authority.name} (${authority.shortName})`);
    await expect(entry.getByRole('link')).toHaveAttribute(
      'href',
      localePath(language, authorityPath(authority.slug)),
    );
    await expect(entry).toContainText(authority.description);
    await expect(entry).toContainText(`${words.handles}${dictionary.list(authority.handles).join('')}.`);
    const danishName = content.authorities[index]!.name;
    if (language === sourceLanguage) await expect(entry).not.toContainText(words.danishName);
    else await expect(entry.locator(`[lang="${sourceLanguage}"]`)).toHaveText(danishName);
  }
}

async function frontPage(page: Page) {
  const main = page.getByRole('main');
  await expect(main.locator(`a[href="${overviewPath}"]`).first()).toBeVisible();
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(site.publisher.name);
  await expect(footer.getByRole('link', { name: 'Tilgængelighedserklæring' })).toHaveAttribute(
    'href',
    accessibilityStatementPath,
  );
  await expect(footer.getByRole('region', { name: 'Cookies' }).locator('p')).toBeVisible();
  // On the narrowest phones the header names the ministry above the fold.
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 640 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.getByRole('banner').getByText(site.publisher.name)).toBeInViewport({ ratio: 1 });
  }
  await page.setViewportSize(devices['Desktop Chrome'].viewport);
}

/** The overview lists every notice of every authority once, grouped by topic. */
async function overview(page: Page) {
  const groups = noticesByTopic(content);
  expect(groups.flatMap((group) => group.entries)).toHaveLength(
    content.authorities.flatMap((authority) => authority.notices).length,
  );
  for (const group of groups) {
    const links = page.getByRole('region', { name: group.title }).getByRole('listitem').getByRole('link');
    await expect(links).toHaveCount(group.entries.length);
    for (const [index, { notice, authorityName }] of group.entries.entries()) {
      await expect(links.nth(index)).toHaveAttribute('href', noticePath(notice.authority, notice.slug));
      await expect(links.nth(index)).toHaveAccessibleName(`${notice.title} – ${authorityName}`);
    }
  }
}

/** The rights page explains every right under its own anchor. */
async function rightsPage(page: Page) {
  for (const right of content.rights.rights)
    await expect(page.locator(`h2#${right.id}`)).toHaveText(right.title);
}

/** The complaint page gives Datatilsynet's contact details. */
async function complaintPage(page: Page) {
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
}

/**
 * The change log lists every notice change (of its authority, when filtered), the changes in the
 * processing apart from new notices and changes of the text alone, newest first, and links the feeds
 * and the filter's other pages.
 */
async function changesPage(page: Page, authority: Authority | undefined) {
  const changes = listChanges(content, authority?.slug);
  await expect(page.locator('.change-feed > li')).toHaveCount(changes.length);
  for (const kind of changeKinds) {
    const ofKind = changes.filter((change) => change.kind === kind);
    const entries = page.locator(`.change-feed > li[data-change-kind="${kind}"]`);
    await expect(entries).toHaveCount(ofKind.length);
    for (const [index, change] of ofKind.entries()) {
      await expect(entries.nth(index)).toContainText(change.note);
      await expect(entries.nth(index)).toContainText(
        change.kind === 'processing'
          ? `Ændret i behandlingen: ${da.list(change.changed.map((element) => da.noticeElements[element])).join('')}.`
          : da.changes.whatChanged[change.kind],
      );
    }
  }
  const feed = authority ? authorityFeedPath(authority.slug) : siteFeedPath;
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    absoluteUrl(feed),
  );
  await expect(page.getByRole('main').locator(`a[href="${feed}"]`).first()).toBeVisible();
  const filter = page.getByRole('navigation', { name: 'Vis ændringerne hos' });
  await expect(filter.getByRole('link')).toHaveCount(content.authorities.length + 1);
  await expect(filter.locator('a[aria-current="page"]')).toHaveAttribute(
    'href',
    authority ? authorityChangesPath(authority.slug) : changesPath,
  );
}

/** A notice's retention period as its Danish page says it: a duration in Danish words, or the text. */
const danishPeriodOf = ({ retention }: Notice) =>
  retention?.duration ? da.formatDuration(retention.duration) : retention?.period;

/** An authority's page (its hub): its sections, notices, rights, contacts and agreements. */
async function authorityPage(page: Page, authority: Authority) {
  await expect.poll(() => titleOf(page)).toContain(authority.nameForms.genitiveAtStart);
  const agreements = content.agreements.filter((agreement) => agreement.parties.includes(authority.slug));
  const sections = [
    ...(agreements.length > 0 ? ['Fælles dataansvar'] : []),
    'Formål, vi behandler personoplysninger til',
    ...(situationsWithNotices(content, authority.slug).length > 0 ? ['Din situation'] : []),
    'Dine rettigheder',
    `Kontakt ${authority.name}`,
    `${authority.nameForms.genitiveAtStart} databeskyttelsesrådgiver (DPO)`,
    'Klage til Datatilsynet',
    'Hvilken myndighed tager sig af hvad?',
  ];
  await expect(page.locator('main h2')).toHaveText(['Indhold på siden', ...sections]);
  await expectContentsLeadToHeadings(page, sections);
  for (const agreement of agreements)
    await expect(page.getByRole('link', { name: agreement.title })).toHaveAttribute(
      'href',
      agreementPath(agreement.slug),
    );
  // Every authority, this one marked as the current page, so a reader at the wrong one finds the right one.
  const directory = page.locator('.authority-directory > li');
  await expect(directory).toHaveCount(content.authorities.length);
  await expect(page.locator('.authority-directory a[aria-current="page"]')).toHaveAttribute(
    'href',
    authorityPath(authority.slug),
  );

  // Every notice with its summary, and how many of its core facts it does not publish.
  const core = new Set<string>(coreElements);
  const list = page.locator('section', { has: page.locator('#formaal') }).locator('li');
  await expect(list).toHaveCount(authority.notices.length);
  for (const [index, notice] of authority.notices.entries()) {
    const link = list.nth(index).getByRole('link');
    await expect(link).toHaveAttribute('href', noticePath(authority.slug, notice.slug));
    await expect(link).toHaveText(notice.title);
    await expect(list.nth(index)).toContainText(notice.summary);
    const unpublished = (notice.knownGaps ?? []).filter((gap) => core.has(gap.element)).length;
    if (unpublished === 0) await expect(list.nth(index)).not.toContainText('ikke offentliggjort');
    else
      await expect(list.nth(index)).toContainText(
        `${unpublished} af ${coreCompleteness(notice).applicable} oplysninger er ikke offentliggjort`,
      );
  }

  // The rights of all its notices, worded with its name.
  const rights = page
    .getByRole('region', { name: 'Dine rettigheder' })
    .getByRole('listitem')
    .getByRole('link');
  const expected = unionOfRights(authority.notices);
  await expect(rights).toHaveCount(expected.length);
  for (const [index, id] of expected.entries())
    await expect(rights.nth(index)).toHaveAttribute('href', rightPath(id));
  await expect(rights.first()).toHaveText(
    `Få indsigt i ${authority.nameForms.genitive} behandling af dine oplysninger og en kopi af oplysningerne`,
  );

  // Every controller and DPO channel exactly as the content gives it, or the declared gap.
  for (const [sectionId, element, channels] of [
    ['kontakt', 'controllerContact', authority.controllerContact],
    ['databeskyttelsesraadgiver', 'dpoContact', authority.dpoContact],
  ] as const) {
    const section = page.locator('section', { has: page.locator(`#${sectionId}`) });
    if (!channels) {
      const gap = authority.knownGaps?.find((candidate) => candidate.element === element);
      await expect(section.locator('.gap-note')).toContainText(`Ikke offentliggjort: ${gap!.reason}`);
      await expect(section.locator('.gap-note').getByRole('link')).toHaveAttribute('href', authority.website);
      continue;
    }
    if (channels.phone) await expect(section.getByRole('link', { name: channels.phone })).toBeVisible();
    if (channels.digitalPost) await expect(section).toContainText(channels.digitalPost.recipient);
    for (const line of channels.letter ?? []) await expect(section.locator('address')).toContainText(line);
  }
}

/** "Indhold på siden" names each section in order, and each of its links leads to that section's heading. */
async function expectContentsLeadToHeadings(page: Page, sections: string[]) {
  const contents = page.getByRole('navigation', { name: 'Indhold på siden' }).getByRole('link');
  await expect(contents).toHaveText(sections);
  for (const link of await contents.all())
    await expect(page.locator(`h2${await link.getAttribute('href')}`)).toHaveText(
      (await link.textContent()) ?? '',
    );
}

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

/** A notice: every element, its first layer, rights and history, its authority's side navigation and the way back. */
async function noticePage(page: Page, authority: Authority, notice: Notice) {
  await expectTitle(page, notice.title);
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.filter((heading) => noticeHeadings.includes(heading))).toEqual(noticeHeadings);
  await expectContentsLeadToHeadings(page, noticeHeadings);
  await expect(
    page.getByText(`Senest opdateret ${da.formatDate(lastUpdated(notice))}`, { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Brødkrummesti' }).getByRole('link', { name: authority.name }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: `Tilbage til ${authority.nameForms.genitive} oversigt over formål` }),
  ).toHaveAttribute('href', authorityPath(authority.slug));

  // The rights of its legal basis, and its history.
  const rights = page.getByRole('region', { name: 'Dine rettigheder' }).locator('.rights-list > li > a');
  const expected = applicableRights(notice);
  await expect(rights).toHaveText(expected.map((right) => rightTitles.get(right.id)!));
  for (const [index, right] of expected.entries())
    await expect(rights.nth(index)).toHaveAttribute('href', rightPath(right.id));
  const history = page.getByRole('region', { name: 'Ændringer' });
  await expect(history.locator('ul.change-list:not(.version-list) > li')).toHaveCount(notice.changes.length);

  // The facts of its file: the articles of its legal bases, its recipients, its retention period.
  for (const basis of notice.legalBases ?? [])
    await expect(page.getByRole('region', { name: 'Retsgrundlag', exact: true })).toContainText(
      da.citations.gdpr(gdprProvision(basis.article)),
    );
  if (notice.recipients) {
    // A long list is folded into <details>: its items are there, hidden until it is opened.
    const recipients = page
      .getByRole('region', { name: 'Modtagere' })
      .getByRole('listitem', { includeHidden: true });
    await expect(recipients).toHaveCount(notice.recipients.length);
    await expect(recipients).toContainText(notice.recipients.map((recipient) => recipient.name));
  }
  const period = danishPeriodOf(notice);
  if (period) await expect(page.getByRole('region', { name: 'Opbevaring' })).toContainText(period);

  await expectFirstLayer(page, notice);

  // The authority's side navigation, and the same purpose at other authorities.
  const sideNav = page.getByRole('navigation', { name: `${authority.nameForms.genitiveAtStart} formål` });
  await expect(sideNav.getByRole('link')).toHaveText(authority.notices.map((candidate) => candidate.title));
  await expect(sideNav.locator('[aria-current="page"]')).toHaveText(notice.title);
  const elsewhere = samePurposeElsewhere(content, notice);
  const section = page.getByRole('region', { name: 'Samme formål hos andre myndigheder' });
  if (elsewhere.length === 0) {
    await expect(section).toHaveCount(0);
    return;
  }
  await expect(section.getByRole('listitem').getByRole('link')).toHaveText(
    elsewhere.map((entry) => `${entry.notice.title} – ${entry.authorityName}`),
  );
  const topic = content.topics.topics.find((candidate) => candidate.id === notice.topic)!;
  await expect(section.locator(`a[href="${topicPath(topic.id)}"]`)).toContainText(topic.title);
}

/** The first layer's facts, each linked to its section: what the notice states, or that it is not published. */
async function expectFirstLayer(page: Page, notice: Notice) {
  const layer = page.getByRole('region', { name: da.firstLayer.title });
  const hrefs = await layer
    .locator('dt a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const href of hrefs) await expect(page.locator(`[id="${href?.slice(1)}"]`)).toHaveCount(1);
  const legalBasis = firstLayerFact(page, da.firstLayer.legalBasis);
  // Without an art. 6 article, the laws the notice names are said to be named, or the basis is not published.
  const laws = [
    ...(notice.statutes ?? []),
    ...(notice.specialCategoryBases ?? []).flatMap((b) => b.law ?? []),
  ];
  if (isUnstated(noticeElementState(notice, 'legalBasis')))
    await expect(legalBasis).toContainText(laws.length > 0 ? 'GDPR-artiklen' : da.gapNote.notPublished);
  for (const basis of notice.legalBases ?? [])
    await expect(legalBasis).toContainText(
      da.firstLayer.basis(da.legalBases[basis.article], gdprProvision(basis.article)),
    );
  await expect(firstLayerFact(page, da.firstLayer.retention)).toHaveText(
    isUnstated(noticeElementState(notice, 'retention'))
      ? da.gapNote.notPublished
      : (danishPeriodOf(notice) ?? da.firstLayer.noPeriod),
  );
}

/** The fact of the first layer under the label, in the page's language. */
const firstLayerFact = (page: Page, label: string) =>
  page
    .locator('.first-layer dl > div', { has: page.getByRole('link', { name: label, exact: true }) })
    .getByRole('definition');

/**
 * A notice in every language, on a phone (375 × 812 CSS pixels): its first layer starts on the first
 * screen, and whether the layer's legal basis, retention period and link to use one's rights lie within
 * that screen too is recorded for first-screen.spec.ts, which holds the notices of each language to 19 of 20.
 */
async function expectFirstLayerOnPhoneScreen(page: Page, sitePage: SitePage) {
  const w = dictionaryOf(sitePage.language);
  const phone = { width: 375, height: 812 };
  await page.setViewportSize(phone);
  await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(phone.width);
  await page.evaluate(() => document.fonts.ready.then(() => window.scrollTo(0, 0)));
  const heading = page.getByRole('region', { name: w.firstLayer.title }).getByRole('heading');
  await expect(heading).toBeInViewport();
  const facts = [
    firstLayerFact(page, w.firstLayer.legalBasis),
    firstLayerFact(page, w.firstLayer.retention),
    firstLayerFact(page, w.firstLayer.rights).getByRole('link', { name: w.request.useYourRights }),
  ];
  const bottoms = [];
  for (const fact of facts) {
    const box = await fact.boundingBox();
    expect(box, 'a fact of the first layer is not shown').not.toBeNull();
    bottoms.push(Math.ceil(box!.y + box!.height));
  }
  const lowestFact = Math.max(...bottoms);
  recordFirstScreen(test.info(), {
    path: sitePage.path,
    language: sitePage.language,
    onFirstScreen: lowestFact <= phone.height,
    lowestFact,
  });
}

/** An agreement links each of its parties. */
async function agreementPage(page: Page, agreement: Agreement) {
  const parties = page.locator('section', { has: page.locator('#parter') });
  for (const slug of agreement.parties) {
    const authority = content.authorities.find((candidate) => candidate.slug === slug)!;
    await expect(parties.getByRole('link', { name: authority.name, exact: true })).toHaveAttribute(
      'href',
      authorityPath(slug),
    );
  }
  await expect(parties.getByRole('listitem')).toHaveCount(agreement.parties.length);
}

/** The 404 page in its language: it leads to every authority's page in that language. */
export async function expectNotFoundPage(page: Page, language: string) {
  await expectTitle(page, dictionaryOf(language).notFound.title);
  for (const authority of contentIn(content, language).authorities)
    await expect(
      page.getByRole('main').locator(`a[href="${localePath(language, authorityPath(authority.slug))}"]`),
    ).toContainText(authority.nameForms.genitiveAtStart);
}

/**
 * A notice's past version, in its language: the version's title, the marking with the way to the current
 * notice, the comparison and no search indexing. The current notice's link to it is checked on the
 * notice's own visit (expectVersionLinks).
 */
export async function expectVersionPage(page: Page, { language, authority, notice, version }: VersionPage) {
  const w = dictionaryOf(language);
  const current = localePath(language, noticePath(authority.slug, notice.slug));
  const marking = page.getByRole('region', { name: w.versions.markingHeading(w.formatDate(version.date)) });
  await expect(marking.getByRole('link', { name: w.versions.readCurrent })).toHaveAttribute('href', current);
  await expect(marking.locator('time').first()).toHaveAttribute('datetime', version.date);
  await expect(page.getByRole('heading', { level: 2, name: w.versions.comparisonHeading })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: w.versions.sinceThis })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
}
