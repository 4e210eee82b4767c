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

  it('reads erasure as may be limited, and names the rights the unknown basis leaves undecided', () => {
    const view = sectionView(noticeWith(), noticeSectionIds.rights);
    expect(view.listItems).toContain(
      'Ret til sletning – kan være begrænset: retten gælder ikke, når behandlingen er nødvendig for at overholde en retlig forpligtelse eller udøve offentlig myndighed (artikel 17, stk. 3, litra b), og retsgrundlaget er ikke oplyst',
    );
    expect(view.text).toContain(
      'Disse rettigheder gælder kun ved nogle retsgrundlag. Retsgrundlaget er ikke oplyst, så det er uvist, om du har dem:',
    );
    expect(view.listItems).toContain('Ret til indsigelse (Databeskyttelsesforordningens artikel 15)');
    expect(view.links.map((link) => link.href)).toContain('/dine-rettigheder#portability');
  });

  it('names no undecided rights where the basis is known', () => {
    const view = sectionView(noticeWith(underConsent), noticeSectionIds.rights);
    expect(view.text).not.toContain('kan være begrænset');
    expect(view.text).not.toContain('uvist');
  });
});
