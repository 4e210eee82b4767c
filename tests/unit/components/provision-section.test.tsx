import { describe, expect, it } from 'vitest';

import { noticeSectionIds } from '@/lib/section-ids';

import { noticePageFor, noticeSection, noticeWith, sectionView } from './examples';

const fromThePerson = { sources: [{ kind: 'dataSubject' as const, description: 'Din ansøgning.' }] };

describe('the section on whether you must give the data', () => {
  it('says what the notice states', () => {
    const view = sectionView(
      noticeWith({ ...fromThePerson, provisionRequirement: 'Du skal give oplysningerne for at få svar.' }),
      noticeSectionIds.provision,
    );
    expect(view.text).toBe('Skal du give os oplysningerne? Du skal give oplysningerne for at få svar.');
  });

  it('says it is not published, with the reason of the declared gap', () => {
    const reason = 'Det fremgår ikke, om man har pligt til at give oplysningerne.';
    const view = sectionView(
      noticeWith({ ...fromThePerson, knownGaps: [{ element: 'provisionRequirement', reason }] }),
      noticeSectionIds.provision,
    );
    expect(view.text).toBe(`Skal du give os oplysningerne? Ikke offentliggjort: ${reason}`);
  });

  it('is left out where no data comes from the person (art. 14)', () => {
    const notice = noticeWith({ sources: [{ kind: 'publicRegister', description: 'CPR-registeret.' }] });
    expect(noticeSection(noticePageFor(notice), noticeSectionIds.provision)).toBeUndefined();
  });
});
