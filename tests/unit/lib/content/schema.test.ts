import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import {
  agreementSchema,
  authoritySchema,
  complaintSchema,
  purposeSchema,
  rightsSchema,
  topicsSchema,
} from '@/lib/content/schema';

import {
  authorityFile,
  type BrokenFileCase,
  itReportsEach,
  projectRoot,
  purposeFile,
} from '../../helpers';

const cases: Record<string, BrokenFileCase> = {
  'a legal basis that is not an article 6(1) letter': {
    fixture: 'purpose-unknown-article.md',
    target: purposeFile,
    expected: [
      `content/${purposeFile}: legalBases[0].article: expected one of 6(1)(a), 6(1)(b), 6(1)(c), 6(1)(d), 6(1)(e), 6(1)(f)`,
    ],
  },
  'a missing required field': {
    fixture: 'purpose-missing-title.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: title: is required`],
  },
  'a misspelt field name': {
    fixture: 'purpose-misspelt-field.md',
    target: purposeFile,
    expected: [
      `content/${purposeFile}: summary: is required`,
      `content/${purposeFile}: sumary: is not a known field; check the spelling or remove it`,
    ],
  },
  'text where a number belongs': {
    fixture: 'purpose-order-not-a-number.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: order: expected a number, got text`],
  },
  'an empty text': {
    fixture: 'purpose-empty-purpose.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: purpose: must not be empty`],
  },
  'a summary over 300 characters': {
    fixture: 'purpose-summary-too-long.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: summary: must be at most 300 characters; move detail to the body`],
  },
  'a date that does not exist': {
    fixture: 'purpose-impossible-date.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: lastReviewed: is not a real date (check the day and month)`],
  },
  'a date in Danish order': {
    fixture: 'purpose-danish-date-format.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: lastReviewed: expected a date written as YYYY-MM-DD`],
  },
  'an unknown category of data': {
    fixture: 'purpose-unknown-data-category.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: dataCategories[0].kind: expected one of ordinary, sensitive, criminal, cpr`],
  },
  'automated decisions without an explanation': {
    fixture: 'purpose-automated-without-explanation.md',
    target: purposeFile,
    expected: [
      `content/${purposeFile}: automatedDecisions.explanation: needs an explanation of the logic and consequences when used is true`,
    ],
  },
  'a retention with neither period nor criteria': {
    fixture: 'purpose-empty-retention.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: retention: needs a period, criteria or both`],
  },
  'a transfer safeguard that is no GDPR article for transfers': {
    fixture: 'purpose-unknown-safeguard.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: transfers[0].safeguard: expected one of 45, 46, 47, 49`],
  },
  'a single value where a list belongs': {
    fixture: 'purpose-recipients-not-a-list.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: recipients: expected a list, got text`],
  },
  'a DPO without any contact channel': {
    fixture: 'authority-no-dpo-channel.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}: dpoContact: needs at least one channel: digitalPost, email, contactForm, phone or letter`,
    ],
  },
  'a phone number not written in pairs': {
    fixture: 'authority-bad-phone.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}: controllerContact.phone: expected a phone number like "35 36 66 00" or "+45 35 36 66 00"`,
    ],
  },
  'an e-mail address without @': {
    fixture: 'authority-bad-email.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}: controllerContact.email: expected an e-mail address such as navn@myndighed.dk`,
    ],
  },
  'a website without https': {
    fixture: 'authority-http-website.md',
    target: authorityFile,
    expected: [`content/${authorityFile}: website: expected a web address starting with https://`],
  },
  'a genitive without the final s': {
    fixture: 'authority-genitive-without-s.md',
    target: authorityFile,
    expected: [`content/${authorityFile}: genitive: a Danish genitive ends in "s"`],
  },
  'an unknown kind of authority': {
    fixture: 'authority-unknown-kind.md',
    target: authorityFile,
    expected: [`content/${authorityFile}: kind: expected one of department, agency`],
  },
  'a letter address of one line': {
    fixture: 'authority-one-line-letter.md',
    target: authorityFile,
    expected: [
      `content/${authorityFile}: controllerContact.letter: needs at least two lines: the recipient and the address`,
    ],
  },
  'frontmatter that is a list, not fields': {
    fixture: 'frontmatter-is-a-list.md',
    target: purposeFile,
    expected: [`content/${purposeFile}: expected a group of fields, got a list`],
  },
  'an agreement with one party': {
    fixture: 'agreement-one-party.md',
    target: 'agreements/brudt.md',
    expected: ['content/agreements/brudt.md: parties: joint control needs at least two parties'],
  },
  'a topic id that cannot be an anchor': {
    fixture: 'topic-id-with-capitals.md',
    target: 'shared/emner.md',
    expected: ['content/shared/emner.md: topics[0].id: may only use lowercase a–z, digits and hyphens'],
  },
};

describe('the schema rules, in the words an editor sees', () => {
  itReportsEach(cases);
});

const guide = readFileSync(path.join(projectRoot, 'content/README.md'), 'utf8');

/** Every field name in a schema, nested ones included. */
function fieldNames(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return fieldNames(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return fieldNames(schema.element as z.ZodType);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([name, field]) => [name, ...fieldNames(field as z.ZodType)]);
  }
  return [];
}

const schemas = {
  authoritySchema,
  purposeSchema,
  agreementSchema,
  rightsSchema,
  complaintSchema,
  topicsSchema,
};

describe('content/README.md', () => {
  it.each(Object.entries(schemas))('documents every field of %s', (_, schema) => {
    const names = fieldNames(schema);
    // A schema wrapped in something fieldNames does not unwrap would have no fields, and pass unread.
    expect(names).not.toEqual([]);
    expect(names.filter((name) => !guide.includes(`\`${name}\``))).toEqual([]);
  });

  it('finds the nested fields it checks', () => {
    expect(fieldNames(purposeSchema)).toEqual(
      expect.arrayContaining(['legalBases', 'article', 'law', 'explanation']),
    );
  });
});
