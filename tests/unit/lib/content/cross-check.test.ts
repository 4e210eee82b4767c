import { describe } from 'vitest';

import { itReportsEach, noticeFile, type BrokenFileCase } from '../../helpers';

const cases: Record<string, BrokenFileCase> = {
  'a level-1 heading in the body': {
    fixture: 'notice-level-one-heading.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 15: body (teksten under frontmatter): "# En ekstra titel" er en overskrift på niveau 1, som er forbeholdt sidens titel. Begynd overskrifter med ##`,
    ],
  },
  'an agreement with an unknown party': {
    fixture: 'agreement-unknown-party.md',
    target: 'agreements/brudt.md',
    expected: [
      `content/agreements/brudt.md, linje 6: parties (parter), punkt 2: "ukendt-myndighed" er ikke en myndighed. Skriv navnet på en fil i content/authorities uden .md (anden-myndighed, testmyndighed)`,
    ],
  },
  'an agreement that names a party twice': {
    fixture: 'agreement-party-twice.md',
    target: 'agreements/brudt.md',
    expected: [
      `content/agreements/brudt.md, linje 6: parties (parter), punkt 2: "testmyndighed" står to gange. Slet den ene`,
    ],
  },
  'rights with one right missing': {
    fixture: 'rights-one-missing.md',
    target: 'shared/rettigheder.md',
    expected: [
      `content/shared/rettigheder.md, linje 4: rights (rettigheder): rettigheden "automatedDecisions" mangler. Hver rettighed skal forklares én gang; tilføj den`,
    ],
  },
  'rights with one right twice': {
    fixture: 'rights-listed-twice.md',
    target: 'shared/rettigheder.md',
    expected: [
      `content/shared/rettigheder.md, linje 45: rights (rettigheder), punkt 9, id (id): "access" står to gange. Hver rettighed forklares én gang; slet den ene`,
    ],
  },
  'a hub text with an unknown placeholder': {
    fixture: 'rights-unknown-placeholder.md',
    target: 'shared/rettigheder.md',
    expected: Array.from(
      { length: 8 },
      (_, index) =>
        `content/shared/rettigheder.md, linje ${8 + 5 * index}: rights (rettigheder), punkt ${index + 1}, hubText (tekst på myndighedens side): {navn} er ikke en pladsholder, siden kender. Brug {genitiv}`,
    ),
  },
  'a notice with a topic that is not in the topics file': {
    fixture: 'notice-unknown-topic.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 5: topic (emne): "ukendt-emne" er ikke et emne. Skriv et id fra content/shared/emner.md (test, andet)`,
    ],
  },
  'a topic listed twice': {
    fixture: 'topics-listed-twice.md',
    target: 'shared/emner.md',
    expected: [
      `content/shared/emner.md, linje 7: topics (emner), punkt 2, id (id): "test" står to gange. Hvert emne skal have sit eget id`,
    ],
  },
  'a situation that names a notice that does not exist': {
    fixture: 'situations-unknown-notice.md',
    target: 'shared/situationer.md',
    expected: [
      `content/shared/situationer.md, linje 8: situations (situationer), punkt 1, notices (formål), punkt 2: "testmyndighed/findes-ikke" er ikke et formål. Skriv mappen og filnavnet på et formål i content/purposes uden .md, fx "testmyndighed/minimal", eller slet linjen`,
    ],
  },
};

describe('the checks across content files', () => {
  itReportsEach(cases);
});
