import { describe, expect, it } from 'vitest';

import { formatProblem } from '@/lib/content/errors';

import { buildReport } from '../../scripts/lib/editor-report';
import { loadRealContent } from './helpers';

const content = loadRealContent();

describe('the real content folder', () => {
  it('loads without problems', () => {
    expect(content.authorities.length).toBeGreaterThan(0);
  });

  it('has every notice complete or with its gaps declared', () => {
    const report = buildReport(content, { today: new Date().toISOString().slice(0, 10) });
    const errors = report.authorities.flatMap((authority) => [
      ...authority.errors.map((error) => formatProblem({ file: authority.file, ...error })),
      ...authority.notices.flatMap((notice) =>
        notice.errors.map((error) => formatProblem({ file: notice.file, ...error })),
      ),
    ]);
    expect(errors).toEqual([]);
  });
});
