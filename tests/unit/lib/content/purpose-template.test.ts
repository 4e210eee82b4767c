import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkContent } from '@/lib/content/check';
import { purposeTemplate } from '@/lib/content/purpose-template';

import { inCopyOfValidContent } from '../../helpers';

describe('the new-purpose template', () => {
  it('passes the schema but fails completeness on every element an editor must fill in', () => {
    const { problems } = inCopyOfValidContent((root) => {
      writeFileSync(
        path.join(root, 'purposes/testmyndighed/nyt.md'),
        purposeTemplate({ today: '2026-11-23', order: 3, topicIds: ['test', 'andet'] }),
      );
      return checkContent(root, 'content', { today: '2026-11-23' });
    });
    const fields = problems
      .filter((problem) => problem.file === 'content/purposes/testmyndighed/nyt.md')
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
});
