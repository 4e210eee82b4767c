import { describe, expect, it } from 'vitest';

import { noticeSectionIds } from '@/lib/section-ids';

import { authorityWith, noticeWith, sectionView } from './examples';

const legalBasisOf = (...args: Parameters<typeof noticeWith>) =>
  sectionView(noticeWith(...args), noticeSectionIds.legalBasis);

describe('the purpose and legal basis section', () => {
  it('gives the purpose and every basis with its law', () => {
    const view = legalBasisOf({
      legalBases: [{ article: '6(1)(e)', law: 'udlændingeloven' }],
      dataProtectionActBases: [{ section: '§ 11' }],
      statutes: ['forvaltningsloven'],
    });
    expect(view.headings).toEqual(['Formål og retsgrundlag', 'Retsgrundlag']);
    expect(view.text).toContain('At skabe sikkerhed i Borgerservice.');
    expect(view.listItems).toEqual([
      'Det er en opgave i samfundets interesse eller en del af myndighedsudøvelsen – Databeskyttelsesforordningens artikel 6, stk. 1, litra e, jf. udlændingeloven',
      'Offentlige myndigheder må bruge CPR-numre til at identificere dig sikkert – Databeskyttelseslovens § 11',
      'forvaltningsloven',
    ]);
    expect(view.text).not.toContain('Ikke offentliggjort');
  });

  it('says the legal basis is not published, with the reason of the declared gap', () => {
    const reason = 'Retsgrundlaget fremgår ikke af kilderne.';
    const view = legalBasisOf({ knownGaps: [{ element: 'legalBasis', reason }] });
    expect(view.listItems).toEqual([]);
    expect(view.text).toContain(`Retsgrundlag Ikke offentliggjort: ${reason}`);
  });

  it('states the laws the notice names as a fact before the gap note, in the authority’s name', () => {
    const reason = 'Kilden nævner lovgrundlaget, men ikke artiklen.';
    const view = sectionView(
      noticeWith({
        statutes: ['udlændingeloven', 'forvaltningsloven'],
        knownGaps: [{ element: 'legalBasis', reason }],
      }),
      noticeSectionIds.legalBasis,
      authorityWith({ name: 'Hjemrejsestyrelsen' }),
    );
    expect(view.text).toContain(
      'Hjemrejsestyrelsen angiver ikke, hvilken bestemmelse i databeskyttelsesforordningens artikel 6 behandlingen sker efter, men oplyser disse regler som grundlag:',
    );
    expect(view.listItems).toEqual(['udlændingeloven', 'forvaltningsloven']);
    expect(view.text).toMatch(/forvaltningsloven Ikke offentliggjort: Kilden nævner lovgrundlaget/);
  });

  it('gives a note with its own reason for each further basis the notice lacks', () => {
    const view = legalBasisOf({
      legalBases: [{ article: '6(1)(e)' }],
      dataCategories: [
        { kind: 'sensitive', description: 'Helbredsoplysninger.' },
        { kind: 'cpr', description: 'CPR-nummer.' },
      ],
      knownGaps: [
        { element: 'specialCategoryBasis', reason: 'Artikel 9-grundlaget fremgår ikke.' },
        { element: 'cprBasis', reason: 'Grundlaget for CPR-nummeret fremgår ikke.' },
      ],
    });
    expect(view.text).toContain(
      'Ikke offentliggjort: Artikel 9-grundlaget fremgår ikke. Ikke offentliggjort: Grundlaget for CPR-nummeret fremgår ikke.',
    );
  });

  it('describes the legitimate interest only where art. 6(1)(f) is a basis', () => {
    expect(legalBasisOf({ legalBases: [{ article: '6(1)(e)' }] }).headings).not.toContain(
      'Den legitime interesse',
    );
    const view = legalBasisOf({
      legalBases: [{ article: '6(1)(f)' }],
      knownGaps: [{ element: 'legitimateInterest', reason: 'Interessen er ikke beskrevet.' }],
    });
    expect(view.headings).toContain('Den legitime interesse');
    expect(view.text).toContain('Den legitime interesse Ikke offentliggjort: Interessen er ikke beskrevet.');
  });
});
