import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadContent } from '@/lib/content/load';
import { purposeTemplate } from '@/lib/content/purpose-template';

import { buildReport } from '../../../../scripts/lib/editor-report';
import { inCopyOfValidContent } from '../../helpers';

describe('the new-purpose template', () => {
  it('passes the schema but fails completeness on every element an editor must fill in', () => {
    const report = inCopyOfValidContent((root) => {
      writeFileSync(
        path.join(root, 'purposes/testmyndighed/nyt.md'),
        purposeTemplate({ today: '2026-11-23', order: 3, topicIds: ['test', 'andet'] }),
      );
      return buildReport(loadContent(root), { today: '2026-11-23' });
    });
    const notice = report.authorities[0]!.notices.find((candidate) => candidate.slug === 'nyt')!;
    expect(notice.errors.map((error) => error.field)).toEqual([
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
