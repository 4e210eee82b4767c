import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent } from '@/lib/content/check';
import { ContentFolder } from '@/lib/content/content-folder';
import { formatProblem } from '@/lib/content/errors';
import { readContent } from '@/lib/content/load';
import {
  noticeTemplate,
  noticeTranslationTemplate,
  templatePlaceholders,
} from '@/lib/content/notice-template';
import { readContentFile } from '@/lib/content/read-file';
import { untranslatedMark } from '@/lib/content/translations';
import type { Notice } from '@/lib/content/types';

import {
  inCopyOfValidContent,
  inTemporaryFolder,
  itReportsEach,
  loadValidFixture,
  noticeFile,
  projectRoot,
  type BrokenFileCase,
} from '../../helpers';

const file = 'purposes/testmyndighed/nyt.md';
const template = noticeTemplate({ today: '2026-11-23', order: 3, topicIds: ['test', 'andet'] });

/** The content folder's reading with `text` as a new notice. */
const readWith = (text: string) =>
  inCopyOfValidContent((root) => {
    writeFileSync(path.join(root, file), text);
    return readContent(root);
  });

const cases: Record<string, BrokenFileCase> = {
  'texts of the template left in a notice that is otherwise filled in': {
    fixture: 'notice-template-text-left.md',
    target: noticeFile,
    expected: [
      `content/${noticeFile}, linje 3: summary (resumé): "Skriv en-to sætninger om, hvorfor vi behandler oplysningerne." står stadig som i skabelonen. Skriv en-to sætninger om formålet til oversigten og søgemaskiner`,
      `content/${noticeFile}, linje 15: body (teksten under frontmatter): "Skriv her det, der ikke passer i felterne ovenfor – eller slet denne linje." står stadig som i skabelonen. Skriv det, der ikke passer i felterne, eller slet linjen`,
    ],
  },
};

/** The problems of texts left from the template, pinned in their own test above. */
const templatePlaceholderProblem = (message: string) => message.includes('står stadig som i skabelonen');

describe('the new-notice template', () => {
  itReportsEach(cases);

  it('reports each of its texts left in a notice as an error at its line', () => {
    expect(readWith(template).problems.map(formatProblem)).toEqual([
      `content/${file}, linje 5: title (titel): "Nyt formål" står stadig som i skabelonen. Skriv formålets navn, fx "Videoovervågning"`,
      `content/${file}, linje 6: summary (resumé): "Skriv en-to sætninger om, hvorfor vi behandler oplysningerne." står stadig som i skabelonen. Skriv en-to sætninger om formålet til oversigten og søgemaskiner`,
      `content/${file}, linje 10: topic (emne): "vaelg-et-emne" står stadig som i skabelonen. Skriv id’et på et emne fra content/shared/emner.md; skabelonen nævner dem over feltet`,
      `content/${file}, linje 11: purpose (formål): "Skriv, hvorfor vi behandler oplysningerne." står stadig som i skabelonen. Skriv med almindelige ord, hvorfor vi behandler oplysningerne`,
      `content/${file}, linje 63: body (teksten under frontmatter): "Skriv her det, der ikke passer i felterne ovenfor – eller slet denne linje." står stadig som i skabelonen. Skriv det, der ikke passer i felterne, eller slet linjen`,
    ]);
  });

  it('passes the schema but fails completeness on every element an editor must fill in', () => {
    const { problems } = inCopyOfValidContent((root) => {
      writeFileSync(path.join(root, file), template);
      return checkContent(root, 'content', { today: '2026-11-23' });
    });
    const fields = problems
      .filter((problem) => problem.file === `content/${file}` && !templatePlaceholderProblem(problem.message))
      .map((problem) => problem.field);
    expect(fields).toEqual([
      'legalBases',
      'sources',
      'dataCategories',
      'provisionRequirement',
      'recipients',
      'transfers',
      'retention',
      'automatedDecisions',
    ]);
  });

  it('loads once an editor has replaced its texts', () => {
    const filledIn = template
      .replace(`title: ${templatePlaceholders.title.text}`, 'title: Nyhedsbrev')
      .replace(`summary: ${templatePlaceholders.summary.text}`, 'summary: Vi sender nyhedsbreve.')
      .replace(`topic: ${templatePlaceholders.topic.text}`, 'topic: andet')
      .replace(`purpose: ${templatePlaceholders.purpose.text}`, 'purpose: At sende nyhedsbrevet.')
      .replace(templatePlaceholders.body.text, 'Du kan altid afmelde dig.');
    expect(readWith(filledIn).problems).toEqual([]);
  });
});

const video = 'purposes/testmyndighed/videoovervaagning.md';

/** The translation template of a notice as the loader read it, with its Danish body. */
function translationTemplateOf(notice: Notice, language = 'en') {
  // The notice's own folder, named in messages as the loader names it.
  const folder = new ContentFolder(path.dirname(notice.absolutePath), path.posix.dirname(notice.file));
  const danish = readContentFile(folder, path.basename(notice.absolutePath));
  if (!danish.ok) throw new Error(`${notice.file} cannot be read`);
  return noticeTranslationTemplate({ notice, body: danish.body, file: notice.file, language });
}

/** A translation template as an editor leaves it: the marked line gone, every other mark deleted. */
const withMarksReplaced = (template: string) =>
  template
    .split('\n')
    .filter((line) => !line.startsWith(untranslatedMark))
    .join('\n')
    .replaceAll(`${untranslatedMark} `, '');

/** The problems of the content folder `root` once each notice of `notices` has `template` as its translation. */
function problemsWithTranslations(root: string, notices: Notice[], template: (notice: Notice) => string) {
  rmSync(path.join(root, 'translations/en/purposes'), { recursive: true, force: true });
  for (const notice of notices) {
    const file = path.join(root, 'translations/en/purposes', notice.authority, `${notice.slug}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, template(notice));
  }
  return readContent(root).problems.filter((problem) => problem.file.includes('/translations/'));
}

describe("a notice's translation template", () => {
  const notice = () =>
    loadValidFixture()
      .authorities.flatMap((authority) => authority.notices)
      .find((candidate) => candidate.slug === 'videoovervaagning')!;

  it("has each of the Danish notice's texts marked, every list item by item, the fingerprints of the Danish words, and the Danish body below a marked line", () => {
    expect(translationTemplateOf(notice())).toBe(`---
# Oversættelse til engelsk af content/purposes/testmyndighed/videoovervaagning.md.
# Hver tekst, der begynder med "OVERSÆT:", står på dansk: skriv den på engelsk i stedet, og slet
# "OVERSÆT:". Listerne har ét punkt for hvert dansk punkt, i samme rækkefølge; slet eller flyt ingen.
# Se "Oversættelser" i content/README.md.
title: "OVERSÆT: Videoovervågning"
summary: "OVERSÆT: Vi videoovervåger indgangen."
purpose: "OVERSÆT: At skabe sikkerhed."
legalBases:
  - law: "OVERSÆT: testloven § 1"
dataProtectionActBases:
  - detail: "OVERSÆT: stk. 1"
statutes:
  - "OVERSÆT: testbekendtgørelsen"
dataCategories:
  - description: "OVERSÆT: Billeder af besøgende."
dataSubjects:
  - "OVERSÆT: Besøgende"
sources:
  - description: "OVERSÆT: Optagelser af dig."
recipients:
  - name: "OVERSÆT: Politiet"
    reason: "OVERSÆT: efterforskning"
retention:
  period: "OVERSÆT: 30 dage efter optagelsen"
provisionRequirement: "OVERSÆT: Du skal ikke give os oplysningerne."
changes:
  - note: "OVERSÆT: Offentliggjort."
sourceFingerprints:
  title: 8020e92bd38c
  summary: d341ff3c98da
  purpose: c1aeaee2db3c
  legalBases: 9ae5afd4d661
  dataProtectionActBases: 9ab76e3ae47c
  statutes: 1b222ec11c19
  dataCategories: db3d0077d174
  dataSubjects: 569e4d8e769a
  sources: fca24daff8ea
  recipients: 26739bee5519
  retention: deb783c8199a
  provisionRequirement: 4a3547304a1d
  changes: 25cb5c1bcada
  body: f072ae98c0aa
---

OVERSÆT: Skriv teksten herunder på engelsk, og slet denne linje.

## Om optagelserne

Se også [dine rettigheder](/dine-rettigheder#access) og [minimal](/testmyndighed/minimal).

| Kamera | Sted |
| --- | --- |
| 1 | Indgang |
`);
  });

  it('is an error at each marked text until it is translated', () => {
    const problems = inCopyOfValidContent((root) =>
      problemsWithTranslations(root, [notice()], translationTemplateOf),
    );
    expect(problems.map(formatProblem).slice(0, 2)).toEqual([
      `content/translations/en/${video}, linje 6: title (titel): "OVERSÆT: …" er ikke oversat endnu. Skriv teksten på engelsk`,
      `content/translations/en/${video}, linje 7: summary (resumé): "OVERSÆT: …" er ikke oversat endnu. Skriv teksten på engelsk`,
    ]);
    expect(problems.map((problem) => problem.field)).toEqual([
      'title',
      'summary',
      'purpose',
      'legalBases[0].law',
      'dataProtectionActBases[0].detail',
      'statutes[0]',
      'dataCategories[0].description',
      'dataSubjects[0]',
      'sources[0].description',
      'recipients[0].name',
      'recipients[0].reason',
      'retention.period',
      'provisionRequirement',
      'changes[0].note',
      'body',
    ]);
  });

  // Without a warning: the template records the Danish words each field is translated from.
  it('loads without problems once the marks are replaced', () => {
    const problems = inCopyOfValidContent((root) =>
      problemsWithTranslations(root, [notice()], (danish) =>
        withMarksReplaced(translationTemplateOf(danish)),
      ),
    );
    expect(problems).toEqual([]);
  });

  // The schema walk that writes the template is the one the loader checks with, so this holds for any
  // notice; the real ones show it on every list and field the site uses.
  it('loads without problems for every real notice once the marks are replaced, and has only marks to replace before', () => {
    const [marked, replaced] = inTemporaryFolder((folder) => {
      const root = path.join(folder, 'content');
      cpSync(path.join(projectRoot, 'content'), root, { recursive: true });
      // The replaced marks leave Danish words, which the English term base rightly warns about.
      rmSync(path.join(root, 'translations/en/termer.md'));
      const notices = readContent(root).valid.notices;
      return [
        problemsWithTranslations(root, notices, translationTemplateOf),
        problemsWithTranslations(root, notices, (danish) => withMarksReplaced(translationTemplateOf(danish))),
      ];
    });
    expect(marked.length).toBeGreaterThan(0);
    expect(
      marked.filter(
        (problem) => !problem.message.startsWith(`"${untranslatedMark} …" er ikke oversat endnu`),
      ),
    ).toEqual([]);
    expect(replaced).toEqual([]);
  });
});
