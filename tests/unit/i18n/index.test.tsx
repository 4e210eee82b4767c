import { afterEach, describe, expect, it, vi } from 'vitest';

import { FirstLayer } from '@/components/notice/first-layer';
import { SiteFooter } from '@/components/site-footer';
import { pageLanguage, setPageLanguage, words } from '@/i18n';
import { noticeSectionIds } from '@/lib/section-ids';

import { authorityWith, noticeWith, sectionView } from '../components/examples';
import { readerView } from '../components/reader-view';

// setPageLanguage must last the whole file, as it lasts a whole server render.
vi.mock('react', async (original) => (await import('../one-request')).reactWithOneRequest(original));

afterEach(() => setPageLanguage('da'));

describe('the language of the page being rendered', () => {
  it('is Danish unless the page sets another', () => {
    expect(pageLanguage()).toBe('da');
    expect(words().notice.legalBases).toBe('Retsgrundlag');
  });

  it('gives the components their words in English once the page sets English', () => {
    setPageLanguage('en');
    expect(pageLanguage()).toBe('en');
    const recipients = sectionView(
      noticeWith({ recipients: [{ name: 'Politiet' }] }),
      noticeSectionIds.recipients,
    );
    expect(recipients.headings).toEqual(['Recipients']);
    expect(recipients.text).toBe('Recipients The data may be passed on to: Politiet');
    const legalBasis = sectionView(
      noticeWith({ legalBases: [{ article: '6(1)(e)', law: 'udlændingeloven' }] }),
      noticeSectionIds.legalBasis,
    );
    expect(legalBasis.headings).toEqual(['Purpose and legal basis', 'Legal basis']);
    expect(legalBasis.listItems).toEqual([
      'It is a task in the public interest or part of the authority’s official powers: Article 6(1)(e) GDPR, read with udlændingeloven',
    ]);
  });

  it('words the first layer in English, with the English list separator', () => {
    setPageLanguage('en');
    const notice = noticeWith({
      legalBases: [{ article: '6(1)(c)' }, { article: '6(1)(e)' }],
      recipients: [],
      knownGaps: [{ element: 'retention', reason: 'Ikke fastlagt.' }],
    });
    const view = readerView(<FirstLayer authority={authorityWith()} notice={notice} />);
    expect(view.headings).toEqual(['In short']);
    expect(view.text).toContain(
      'Legal basis A law requires the authority to do it (legal obligation) – Article 6(1)(c) GDPR It is a task in the public interest or part of the authority’s official powers – Article 6(1)(e) GDPR',
    );
    expect(view.text).toContain('Kept for Not published');
    expect(view.text).toContain('Recipients No one');
  });

  it('names the recipients in running text in the first layer, and as a list in their section', () => {
    setPageLanguage('en');
    const notice = noticeWith({
      recipients: [
        { name: 'Immigration authorities', nameInText: 'the immigration authorities' },
        { name: 'Danish Parliament (Folketinget)', nameInText: 'the Danish Parliament (Folketinget)' },
        { name: 'Municipalities', nameInText: 'municipalities' },
      ],
    });
    const layer = readerView(<FirstLayer authority={authorityWith()} notice={notice} />);
    expect(layer.terms).toContain(
      'Recipients: The immigration authorities, the Danish Parliament (Folketinget) and municipalities',
    );
    expect(sectionView(notice, noticeSectionIds.recipients).listItems).toEqual([
      'Immigration authorities',
      'Danish Parliament (Folketinget)',
      'Municipalities',
    ]);
  });

  it('gives the footer in the language of the page', () => {
    setPageLanguage('en');
    const footer = readerView(<SiteFooter />);
    expect(footer.headings).toEqual(['Responsible for this site', 'Shortcuts', 'Cookies']);
  });
});
