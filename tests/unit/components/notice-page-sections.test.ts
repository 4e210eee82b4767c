import { describe, expect, it } from 'vitest';

import { noticePageSections } from '@/components/notice/notice-page-sections';
import { noticeElements } from '@/lib/content/schema';

describe('the sections of a notice page', () => {
  it('show every element a notice can lack in exactly one section, so the summary can link each', () => {
    const shown = noticePageSections.flatMap((section) => section.elements ?? []);
    expect([...shown].sort()).toEqual([...noticeElements].sort());
  });
});
