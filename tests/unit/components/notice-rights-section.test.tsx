import { describe, expect, it } from 'vitest';

import { noticeSectionIds } from '@/lib/section-ids';

import { noticeWith, sectionView } from './examples';

const underConsent = { legalBases: [{ article: '6(1)(a)' as const }] };

describe('the rights section of a notice', () => {
  it('says how to withdraw consent where the notice states it', () => {
    const view = sectionView(
      noticeWith({ ...underConsent, consentWithdrawal: 'Skriv til os, så sletter vi optagelsen.' }),
      noticeSectionIds.rights,
    );
    expect(view.listItems).toContain(
      'Ret til at trække samtykke tilbage Skriv til os, så sletter vi optagelsen.',
    );
  });

  it('says how to withdraw consent is not published, with the reason of the declared gap', () => {
    const reason = 'Det fremgår ikke, hvordan samtykket trækkes tilbage.';
    const view = sectionView(
      noticeWith({ ...underConsent, knownGaps: [{ element: 'consentWithdrawal', reason }] }),
      noticeSectionIds.rights,
    );
    expect(view.listItems).toContain(`Ret til at trække samtykke tilbage Ikke offentliggjort: ${reason}`);
  });

  it('leads to the letters a reader can send the authority', () => {
    const view = sectionView(noticeWith(underConsent), noticeSectionIds.rights);
    expect(view.links).toContainEqual({
      text: 'Brug dine rettigheder',
      href: '/brug-dine-rettigheder/testmyndigheden',
    });
  });
});
