import { describe, expect, it } from 'vitest';

import { FirstLayer } from '@/components/notice/first-layer';
import type { Authority, Notice } from '@/lib/site-content';

import { authorityWith, noticeWith } from './examples';
import { readerView } from './reader-view';

const layerOf = (notice: Notice, authority: Authority = authorityWith()) =>
  readerView(<FirstLayer authority={authority} notice={notice} />);

const stated = noticeWith({
  legalBases: [{ article: '6(1)(e)', law: 'udlændingeloven' }],
  dataCategories: [
    { kind: 'ordinary', description: 'Navn.' },
    { kind: 'ordinary', description: 'Adresse.' },
    { kind: 'cpr', description: 'CPR-nummer.' },
  ],
  sources: [{ kind: 'publicAuthority', description: 'Politiet.' }],
  recipients: [
    { name: 'Politiet' },
    { name: 'Kommunen' },
    { name: 'Skat' },
    { name: 'Retten' },
    { name: 'Told' },
  ],
  transfers: [],
  retention: { period: '5 år' },
  automatedDecisions: { used: false },
});

describe('the first layer of a notice', () => {
  it('gives each fact in one line, the legal basis in plain words with its article', () => {
    expect(layerOf(stated).terms).toEqual([
      'Retsgrundlag: Det er en opgave i samfundets interesse eller en del af myndighedsudøvelsen – artikel 6, stk. 1, litra e',
      'Opbevaring: 5 år',
      'Dine rettigheder: Brug dine rettigheder Sletning er begrænset (artikel 17, stk. 3, litra b).',
      'Ansvarlig: Testmyndigheden',
      'Formål: At skabe sikkerhed i Borgerservice.',
      'Oplysninger: Almindelige personoplysninger og CPR-nummer',
      'Modtagere: Politiet, Kommunen, Skat og 2 flere',
      'Spørgsmål: Spørg Testmyndighedens databeskyttelsesrådgiver',
    ]);
  });

  it('links each fact to its section, and the rights to the letters the reader can send', () => {
    expect(layerOf(stated).links).toEqual([
      { text: 'Retsgrundlag', href: '#retsgrundlag' },
      { text: 'Opbevaring', href: '#opbevaring' },
      { text: 'Dine rettigheder', href: '#dine-rettigheder' },
      { text: 'Brug dine rettigheder', href: '/brug-dine-rettigheder/testmyndigheden' },
      { text: 'Ansvarlig', href: '#kontakt' },
      { text: 'Formål', href: '#formaal-og-retsgrundlag' },
      { text: 'Oplysninger', href: '#kategorier-af-oplysninger' },
      { text: 'Modtagere', href: '#modtagere' },
      { text: 'Spørgsmål', href: '#databeskyttelsesraadgiver' },
    ]);
  });

  it('says in place what is not published, without the reason that its section gives', () => {
    const notice = noticeWith({
      knownGaps: [
        { element: 'legalBasis', reason: 'Grundlaget fremgår ikke.' },
        { element: 'retention', reason: 'Perioden fremgår ikke.' },
        { element: 'recipients', reason: 'Modtagerne fremgår ikke.' },
      ],
    });
    const view = layerOf(notice);
    expect(view.terms).toContain('Retsgrundlag: Ikke offentliggjort');
    expect(view.terms).toContain('Opbevaring: Ikke offentliggjort');
    expect(view.terms).toContain('Modtagere: Ikke offentliggjort');
    expect(view.text).not.toContain('fremgår ikke');
  });

  it('names the law where the GDPR article is not stated, and reads erasure as may be limited', () => {
    const notice = noticeWith({
      statutes: ['indfødsretsloven'],
      knownGaps: [{ element: 'legalBasis', reason: 'Artiklen fremgår ikke.' }],
    });
    const view = layerOf(notice);
    expect(view.terms).toContain('Retsgrundlag: Efter indfødsretsloven (GDPR-artiklen er ikke oplyst)');
    expect(view.terms).toContain(
      'Dine rettigheder: Brug dine rettigheder Sletning kan være begrænset (artikel 17, stk. 3, litra b).',
    );
  });

  it('counts several laws instead of naming them', () => {
    const notice = noticeWith({
      statutes: ['offentlighedsloven', 'forvaltningsloven', 'arkivloven'],
      knownGaps: [{ element: 'legalBasis', reason: 'Artiklen fremgår ikke.' }],
    });
    expect(layerOf(notice).terms).toContain(
      'Retsgrundlag: Efter 3 regler, som er nævnt nedenfor (GDPR-artiklen er ikke oplyst)',
    );
  });

  it('says that no one receives the data, and that only criteria are given for how long it is kept', () => {
    const view = layerOf(noticeWith({ recipients: [], retention: { criteria: 'Til sagen er slut.' } }));
    expect(view.terms).toContain('Modtagere: Ingen');
    expect(view.terms).toContain('Opbevaring: Ingen periode oplyst');
  });

  it('sends the reader to the authority where its DPO’s contact is not published', () => {
    const authority = authorityWith({
      dpoContact: undefined,
      knownGaps: [{ element: 'dpoContact', reason: 'Ikke fundet.' }],
    });
    expect(layerOf(stated, authority).terms).toContain(
      'Spørgsmål: Rådgiverens kontakt er ikke offentliggjort. Spørg Testmyndigheden.',
    );
  });
});
