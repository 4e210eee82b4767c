import { describe } from 'vitest';

import { type BrokenFileCase, itReportsEach, purposeFile } from '../../helpers';

const cases: Record<string, BrokenFileCase> = {
  'an internal link to a page that does not exist': {
    fixture: 'purpose-dead-internal-link.md',
    target: purposeFile,
    expected: [
      `content/${purposeFile}: body: links to /testmyndighed/findes-ikke#afsnit, which is no page on the site`,
    ],
  },
  'a level-1 heading in the body': {
    fixture: 'purpose-level-one-heading.md',
    target: purposeFile,
    expected: [
      `content/${purposeFile}: body: "# En ekstra titel" is a level-1 heading, which is reserved for the page title; start headings at ##`,
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
      `content/${purposeFile}: topic: "ukendt-emne" is no topic; use an id from content/shared/emner.md (test, andet)`,
    ],
  },
  'a topic listed twice': {
    fixture: 'topics-listed-twice.md',
    target: 'shared/emner.md',
    expected: ['content/shared/emner.md: topics[1].id: "test" is listed twice'],
  },
};

describe('the checks across content files', () => {
  itReportsEach(cases);
});
