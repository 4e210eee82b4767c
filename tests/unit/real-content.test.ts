import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadContent } from '@/lib/content/load';

import { buildReport } from '../../scripts/lib/editor-report';

const content = loadContent(path.resolve(import.meta.dirname, '../../content'));

describe('the real content folder', () => {
  it('loads without problems', () => {
    expect(content.authorities.length).toBeGreaterThan(0);
  });

  it('has every notice complete or with its gaps declared', () => {
    const report = buildReport(content, { today: new Date().toISOString().slice(0, 10) });
    const errors = report.authorities.flatMap((authority) => [
      ...authority.errors.map((error) => `${authority.file}: ${error.field}: ${error.message}`),
      ...authority.notices.flatMap((notice) =>
        notice.errors.map((error) => `${notice.file}: ${error.field}: ${error.message}`),
      ),
    ]);
    expect(errors).toEqual([]);
  });
});
