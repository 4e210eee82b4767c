import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';

const content = loadContent(path.resolve(import.meta.dirname, '../../content'));

describe('the real content folder', () => {
  it('loads without problems', () => {
    expect(content.authorities.length).toBeGreaterThan(0);
  });
});
