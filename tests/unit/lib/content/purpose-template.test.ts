import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/errors';
import { readContent } from '@/lib/content/load';
import { purposeTemplate, templatePlaceholders } from '@/lib/content/purpose-template';

import { inCopyOfValidContent, itReportsEach, purposeFile, type BrokenFileCase } from '../../helpers';

const file = 'purposes/testmyndighed/nyt.md';
const template = purposeTemplate({ today: '2026-11-23', order: 3, topicIds: ['test', 'andet'] });

/** The content folder's reading with `text` as a new notice. */
const readWith = (text: string) =>
  inCopyOfValidContent((root) => {
    writeFileSync(path.join(root, file), text);
    return readContent(root);
  });

const cases: Record<string, BrokenFileCase> = {
  'texts of the template left in a notice that is otherwise filled in': {
    fixture: 'purpose-template-text-left.md',
    target: purposeFile,
    expected: [
      `content/${purposeFile}, linje 3: summary (resumé): "Skriv en-to sætninger om, hvorfor vi behandler oplysningerne." står stadig som i skabelonen. Skriv en-to sætninger om formålet til oversigten og søgemaskiner`,
      `content/${purposeFile}, linje 15: body (teksten under frontmatter): "Skriv her det, der ikke passer i felterne ovenfor – eller slet denne linje." står stadig som i skabelonen. Skriv det, der ikke passer i felterne, eller slet linjen`,
    ],
  },
};

/** The problems of texts left from the template, pinned in their own test above. */
const templatePlaceholderProblem = (message: string) => message.includes('står stadig som i skabelonen');

describe('the new-purpose template', () => {
  itReportsEach(cases);

  it('reports each of its texts left in a notice as an error at its line', () => {
    expect(readWith(template).problems.map(formatProblem)).toEqual([
      `content/${file}, linje 5: title (titel): "Nyt formål" står stadig som i skabelonen. Skriv formålets navn, fx "Videoovervågning"`,
      `content/${file}, linje 6: summary (resumé): "Skriv en-to sætninger om, hvorfor vi behandler oplysningerne." står stadig som i skabelonen. Skriv en-to sætninger om formålet til oversigten og søgemaskiner`,
      `content/${file}, linje 10: topic (emne): "vaelg-et-emne" står stadig som i skabelonen. Skriv id’et på et emne fra content/shared/emner.md; skabelonen nævner dem over feltet`,
      `content/${file}, linje 11: purpose (formål): "Skriv, hvorfor vi behandler oplysningerne." står stadig som i skabelonen. Skriv med almindelige ord, hvorfor vi behandler oplysningerne`,
      `content/${file}, linje 53: body (teksten under frontmatter): "Skriv her det, der ikke passer i felterne ovenfor – eller slet denne linje." står stadig som i skabelonen. Skriv det, der ikke passer i felterne, eller slet linjen`,
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
