import { describe, expect, it } from 'vitest';

import { UnpublishedCount } from '@/components/unpublished-count';

import { noticeWith } from './examples';
import { readerView } from './reader-view';

const complete = {
  legalBases: [{ article: '6(1)(e)' as const }],
  dataCategories: [{ kind: 'ordinary' as const, description: 'Navn.' }],
  sources: [{ kind: 'dataSubject' as const, description: 'Din ansøgning.' }],
  recipients: [],
  transfers: [],
  retention: { period: '5 år' },
  provisionRequirement: 'Du skal give oplysningerne.',
};

describe('the count of unpublished facts in the hub’s notice list', () => {
  it('counts the core facts a notice declares as gaps, of the seven', () => {
    const view = readerView(
      <UnpublishedCount
        notice={noticeWith({
          ...complete,
          recipients: undefined,
          retention: undefined,
          sources: undefined,
          knownGaps: [
            { element: 'recipients', reason: 'Ukendt.' },
            { element: 'retention', reason: 'Ukendt.' },
            { element: 'sources', reason: 'Ukendt.' },
          ],
        })}
      />,
    );
    expect(view.text).toBe('3 af 7 oplysninger er ikke offentliggjort');
  });

  it('counts only the facts that apply: no statement on giving the data where none comes from the person', () => {
    const view = readerView(
      <UnpublishedCount
        notice={noticeWith({
          ...complete,
          sources: [{ kind: 'publicRegister', description: 'CPR-registeret.' }],
          provisionRequirement: undefined,
          retention: undefined,
          knownGaps: [{ element: 'retention', reason: 'Ukendt.' }],
        })}
      />,
    );
    expect(view.text).toBe('1 af 6 oplysninger er ikke offentliggjort');
  });

  it('shows nothing for a notice that publishes them all', () => {
    expect(readerView(<UnpublishedCount notice={noticeWith(complete)} />).text).toBe('');
  });
});
