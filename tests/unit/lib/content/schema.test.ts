import { rmSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ContentError } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';

import { placeFixture, problemsAfter, problemsWith, projectRoot } from '../../helpers';

const purposeFile = 'purposes/testmyndighed/brudt.md';
const purposeLabel = `content/${purposeFile}`;
const authorityFile = 'authorities/brudt-myndighed.md';
const authorityLabel = `content/${authorityFile}`;

interface BrokenCase {
  fixture: string;
  target: string;
  expected: string[];
}

const cases: Record<string, BrokenCase> = {
  'a legal basis that is not an article 6(1) letter': {
    fixture: 'purpose-unknown-article.md',
    target: purposeFile,
    expected: [
      `${purposeLabel}: legalBases[0].article: expected one of 6(1)(a), 6(1)(b), 6(1)(c), 6(1)(d), 6(1)(e), 6(1)(f)`,
    ],
  },
  'a missing required field': {
    fixture: 'purpose-missing-title.md',
    target: purposeFile,
    expected: [`${purposeLabel}: title: is required`],
  },
  'a misspelt field name': {
    fixture: 'purpose-misspelt-field.md',
    target: purposeFile,
    expected: [
      `${purposeLabel}: summary: is required`,
      `${purposeLabel}: sumary: is not a known field; check the spelling or remove it`,
    ],
  },
  'text where a number belongs': {
    fixture: 'purpose-order-not-a-number.md',
    target: purposeFile,
    expected: [`${purposeLabel}: order: expected a number, got text`],
  },
  'an empty text': {
    fixture: 'purpose-empty-purpose.md',
    target: purposeFile,
    expected: [`${purposeLabel}: purpose: must not be empty`],
  },
  'a summary over 300 characters': {
    fixture: 'purpose-summary-too-long.md',
    target: purposeFile,
    expected: [`${purposeLabel}: summary: must be at most 300 characters; move detail to the body`],
  },
  'a date that does not exist': {
    fixture: 'purpose-impossible-date.md',
    target: purposeFile,
    expected: [`${purposeLabel}: lastReviewed: is not a real date (check the day and month)`],
  },
  'a date in Danish order': {
    fixture: 'purpose-danish-date-format.md',
    target: purposeFile,
    expected: [`${purposeLabel}: lastReviewed: expected a date written as YYYY-MM-DD`],
  },
  'an unknown category of data': {
    fixture: 'purpose-unknown-data-category.md',
    target: purposeFile,
    expected: [`${purposeLabel}: dataCategories[0].kind: expected one of ordinary, sensitive, criminal, cpr`],
  },
  'automated decisions without an explanation': {
    fixture: 'purpose-automated-without-explanation.md',
    target: purposeFile,
    expected: [
      `${purposeLabel}: automatedDecisions.explanation: needs an explanation of the logic and consequences when used is true`,
    ],
  },
  'a retention with neither period nor criteria': {
    fixture: 'purpose-empty-retention.md',
    target: purposeFile,
    expected: [`${purposeLabel}: retention: needs a period, criteria or both`],
  },
  'a transfer safeguard that is no GDPR article for transfers': {
    fixture: 'purpose-unknown-safeguard.md',
    target: purposeFile,
    expected: [`${purposeLabel}: transfers[0].safeguard: expected one of 45, 46, 47, 49`],
  },
  'a single value where a list belongs': {
    fixture: 'purpose-recipients-not-a-list.md',
    target: purposeFile,
    expected: [`${purposeLabel}: recipients: expected a list, got text`],
  },
  'an internal link to a page that does not exist': {
    fixture: 'purpose-dead-internal-link.md',
    target: purposeFile,
    expected: [
      `${purposeLabel}: body: links to /testmyndighed/findes-ikke#afsnit, which is no page on the site`,
    ],
  },
  'a level-1 heading in the body': {
    fixture: 'purpose-level-one-heading.md',
    target: purposeFile,
    expected: [
      `${purposeLabel}: body: "# En ekstra titel" is a level-1 heading, which is reserved for the page title; start headings at ##`,
    ],
  },
  'a DPO without any contact channel': {
    fixture: 'authority-no-dpo-channel.md',
    target: authorityFile,
    expected: [
      `${authorityLabel}: dpoContact: needs at least one channel: digitalPost, email, contactForm, phone or letter`,
    ],
  },
  'a phone number not written in pairs': {
    fixture: 'authority-bad-phone.md',
    target: authorityFile,
    expected: [
      `${authorityLabel}: controllerContact.phone: expected a phone number like "35 36 66 00" or "+45 35 36 66 00"`,
    ],
  },
  'an e-mail address without @': {
    fixture: 'authority-bad-email.md',
    target: authorityFile,
    expected: [
      `${authorityLabel}: controllerContact.email: expected an e-mail address such as navn@myndighed.dk`,
    ],
  },
  'a website without https': {
    fixture: 'authority-http-website.md',
    target: authorityFile,
    expected: [`${authorityLabel}: website: expected a web address starting with https://`],
  },
  'a genitive without the final s': {
    fixture: 'authority-genitive-without-s.md',
    target: authorityFile,
    expected: [`${authorityLabel}: genitive: a Danish genitive ends in "s"`],
  },
  'an unknown kind of authority': {
    fixture: 'authority-unknown-kind.md',
    target: authorityFile,
    expected: [`${authorityLabel}: kind: expected one of department, agency`],
  },
  'a letter address of one line': {
    fixture: 'authority-one-line-letter.md',
    target: authorityFile,
    expected: [
      `${authorityLabel}: controllerContact.letter: needs at least two lines: the recipient and the address`,
    ],
  },
  'broken YAML, with the line': {
    fixture: 'yaml-syntax-error.md',
    target: purposeFile,
    expected: [
      `${purposeLabel}: line 4: the frontmatter is not valid YAML (missed comma between flow collection entries)`,
    ],
  },
  'a field given twice': {
    fixture: 'yaml-duplicate-key.md',
    target: purposeFile,
    expected: [`${purposeLabel}: line 8: the frontmatter is not valid YAML (duplicated mapping key)`],
  },
  'frontmatter that is a list, not fields': {
    fixture: 'frontmatter-is-a-list.md',
    target: purposeFile,
    expected: [`${purposeLabel}: expected a group of fields, got a list`],
  },
  'an empty file': {
    fixture: 'empty.md',
    target: purposeFile,
    expected: [`${purposeLabel}: is empty; it needs frontmatter between two "---" lines`],
  },
  'a file that is not UTF-8': {
    fixture: 'not-utf8.md',
    target: purposeFile,
    expected: [`${purposeLabel}: is not UTF-8 text; save it with the encoding UTF-8`],
  },
  'a file without frontmatter': {
    fixture: 'no-frontmatter.md',
    target: purposeFile,
    expected: [`${purposeLabel}: has no frontmatter; the file must start with a "---" line`],
  },
  'a file name with capitals and an underscore': {
    fixture: 'valid-purpose.md',
    target: 'purposes/testmyndighed/Video_Overvaagning.md',
    expected: [
      'content/purposes/testmyndighed/Video_Overvaagning.md: file name: the name may only use lowercase a–z, digits and hyphens (write æ as ae, ø as oe, å as aa)',
    ],
  },
  'a file name with æ, ø or å': {
    fixture: 'valid-purpose.md',
    target: 'purposes/testmyndighed/videoovervågning.md',
    expected: [
      'content/purposes/testmyndighed/videoovervågning.md: file name: the name may only use lowercase a–z, digits and hyphens (write æ as ae, ø as oe, å as aa)',
    ],
  },
  'a file that is not Markdown': {
    fixture: 'notes.txt',
    target: 'purposes/testmyndighed/notes.txt',
    expected: ['content/purposes/testmyndighed/notes.txt: is not a Markdown file; content files end in .md'],
  },
  'a purpose in the folder of an unknown authority': {
    fixture: 'valid-purpose.md',
    target: 'purposes/ukendt-myndighed/brudt.md',
    expected: [
      'content/purposes/ukendt-myndighed: names no authority; the folder name must match a file in content/authorities (known: anden-myndighed, testmyndighed)',
    ],
  },
  'an authority whose slug duplicates the address of another page': {
    fixture: 'valid-authority.md',
    target: 'authorities/dine-rettigheder.md',
    expected: [
      'content/authorities/dine-rettigheder.md: file name: "dine-rettigheder" is already the address of another page; choose another name',
    ],
  },
  'an agreement with an unknown party': {
    fixture: 'agreement-unknown-party.md',
    target: 'agreements/brudt.md',
    expected: [
      'content/agreements/brudt.md: parties[1]: "ukendt-myndighed" is no authority; use a file name from content/authorities (known: testmyndighed, anden-myndighed)',
    ],
  },
  'an agreement that names a party twice': {
    fixture: 'agreement-party-twice.md',
    target: 'agreements/brudt.md',
    expected: ['content/agreements/brudt.md: parties[1]: "testmyndighed" is listed twice'],
  },
  'an agreement with one party': {
    fixture: 'agreement-one-party.md',
    target: 'agreements/brudt.md',
    expected: ['content/agreements/brudt.md: parties: joint control needs at least two parties'],
  },
  'rights with one right missing': {
    fixture: 'rights-one-missing.md',
    target: 'shared/rettigheder.md',
    expected: [
      'content/shared/rettigheder.md: rights: the right "automatedDecisions" is missing; every right must be explained once',
    ],
  },
  'rights with one right twice': {
    fixture: 'rights-listed-twice.md',
    target: 'shared/rettigheder.md',
    expected: ['content/shared/rettigheder.md: rights[8].id: "access" is listed twice'],
  },
  'a hub text with an unknown placeholder': {
    fixture: 'rights-unknown-placeholder.md',
    target: 'shared/rettigheder.md',
    expected: Array.from(
      { length: 8 },
      (_, index) =>
        `content/shared/rettigheder.md: rights[${index}].hubText: {navn} is not a known placeholder; use {genitiv}`,
    ),
  },
  'a purpose with a topic that is not in the topics file': {
    fixture: 'purpose-unknown-topic.md',
    target: purposeFile,
    expected: [
      `${purposeLabel}: topic: "ukendt-emne" is no topic; use an id from content/shared/emner.md (test, andet)`,
    ],
  },
  'a topic listed twice': {
    fixture: 'topics-listed-twice.md',
    target: 'shared/emner.md',
    expected: ['content/shared/emner.md: topics[1].id: "test" is listed twice'],
  },
  'a topic id that cannot be an anchor': {
    fixture: 'topic-id-with-capitals.md',
    target: 'shared/emner.md',
    expected: ['content/shared/emner.md: topics[0].id: may only use lowercase a–z, digits and hyphens'],
  },
  'an unknown shared text': {
    fixture: 'valid-purpose.md',
    target: 'shared/ekstra.md',
    expected: [
      'content/shared/ekstra.md: is not a known shared text; expected only rettigheder.md, klage-til-datatilsynet.md, emner.md',
    ],
  },
  'an unexpected entry at the top of the content folder': {
    fixture: 'valid-purpose.md',
    target: 'formaal.md',
    expected: [
      'content/formaal.md: is not expected here; the content folder holds README.md, authorities, purposes, agreements, shared',
    ],
  },
};

describe('loading broken content', () => {
  it.each(Object.entries(cases))('reports %s', (_, { fixture, target, expected }) => {
    expect(problemsWith(`broken/${fixture}`, target)).toEqual(expected);
  });

  it('reports a missing shared text', () => {
    const problems = problemsAfter((root) => rmSync(path.join(root, 'shared/klage-til-datatilsynet.md')));
    expect(problems).toEqual([
      'content/shared/klage-til-datatilsynet.md: is missing; the site cannot be built without it',
    ]);
  });

  it('reports a content folder that does not exist', () => {
    expect(() => loadContent(path.join(projectRoot, 'does-not-exist'))).toThrow(
      'The content has 1 problem:\n- content: the content folder is missing or empty',
    );
  });

  it('lists every problem of every file in one error', () => {
    const problems = problemsAfter((root) => {
      placeFixture(root, 'broken/purpose-missing-title.md', purposeFile);
      placeFixture(root, 'broken/authority-unknown-kind.md', authorityFile);
      placeFixture(root, 'broken/empty.md', 'agreements/tom.md');
    });
    expect(problems).toEqual([
      `${authorityLabel}: kind: expected one of department, agency`,
      `${purposeLabel}: title: is required`,
      'content/agreements/tom.md: is empty; it needs frontmatter between two "---" lines',
    ]);
  });

  it('words the error with a count and one line per problem', () => {
    const error = new ContentError([
      { file: 'content/a.md', field: 'title', message: 'is required' },
      { file: 'content/b.md', field: '', message: 'is empty' },
    ]);
    expect(error.message).toBe(
      'The content has 2 problems:\n- content/a.md: title: is required\n- content/b.md: is empty',
    );
  });
});
