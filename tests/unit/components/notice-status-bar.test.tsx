import { describe, expect, it } from 'vitest';

import { NoticeStatusBar } from '@/components/preview/notice-status-bar';
import type { NoticeStatus } from '@/lib/notice-status';

import { readerView } from './reader-view';

const file = 'content/purposes/testmyndighed/videoovervaagning.md';
const barWith = (status: NoticeStatus) => readerView(<NoticeStatusBar file={file} status={status} />).terms;
const review = { due: '2027-11-23', overdue: false };

describe('the editor bar', () => {
  it('gives a complete notice’s status, its next review and its file', () => {
    expect(barWith({ state: 'complete', declaredGaps: 0, review })).toEqual([
      'Status: Fuldstændig',
      'Gennemgang: Senest 23. november 2027',
      `Fil: ${file}`,
    ]);
  });

  it('counts the declared gaps', () => {
    expect(barWith({ state: 'declaredGaps', declaredGaps: 2, review })[0]).toBe(
      'Status: Med erklærede mangler (2)',
    );
  });

  it('says a notice has errors and where to see them', () => {
    expect(barWith({ state: 'errors', declaredGaps: 0 })).toEqual([
      'Status: Med fejl – kør npm run check:content',
      `Fil: ${file}`,
    ]);
  });

  it('says when a review is overdue, with the day it was due', () => {
    expect(barWith({ state: 'complete', declaredGaps: 0, review: { ...review, overdue: true } })[1]).toBe(
      'Gennemgang: Forfalden (23. november 2027)',
    );
  });
});
