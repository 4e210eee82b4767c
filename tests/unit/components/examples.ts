import type { ReactNode } from 'react';

import { noticePageSections, type NoticePage } from '@/components/notice/notice-page-sections';
import { sectionsFor } from '@/components/page-sections';
import { da } from '@/i18n/dictionaries/da';
import { rightIds } from '@/lib/content/schema';
import { unionOfRights } from '@/lib/gdpr/rights';
import type { Authority, Complaint, Notice, Rights } from '@/lib/site-content';

import { readerView, type ReaderView } from './reader-view';

const noMarkdown = { html: '', headings: [], links: [] };

/** A notice with only the fields every notice has; each test adds the elements it is about. */
export function noticeWith(fields: Partial<Notice> = {}): Notice {
  return {
    title: 'Videoovervågning',
    summary: 'Testmyndigheden videoovervåger sit Borgerservice.',
    order: 1,
    topic: 'overvaagning-og-telefoni',
    purpose: 'At skabe sikkerhed i Borgerservice.',
    lastReviewed: '2026-11-23',
    changes: [{ date: '2026-11-23', note: 'Oplysningen er offentliggjort på dette site.' }],
    slug: 'videoovervaagning',
    file: 'content/purposes/testmyndigheden/videoovervaagning.md',
    absolutePath: '/content/purposes/testmyndigheden/videoovervaagning.md',
    authority: 'testmyndigheden',
    body: noMarkdown,
    ...fields,
  };
}

/** An authority with both its contact details stated; each test changes what it is about. */
export function authorityWith(fields: Partial<Authority> = {}): Authority {
  const authority: Omit<Authority, 'requestableRights' | 'nameForms'> = {
    name: 'Testmyndigheden',
    shortName: 'TM',
    description: 'En myndighed til test.',
    handles: ['testsager'],
    kind: 'agency',
    website: 'https://www.test.example',
    order: 1,
    controllerContact: { phone: '12 34 56 78' },
    dpoContact: { email: 'dpo@test.example' },
    identificationAdvice: 'Oplys dit sagsnummer.',
    slug: 'testmyndigheden',
    file: 'content/authorities/testmyndigheden.md',
    intro: noMarkdown,
    identificationAdviceHtml: '<p>Oplys dit sagsnummer.</p>',
    notices: [],
    ...fields,
  };
  return {
    requestableRights: unionOfRights(authority.notices),
    ...authority,
    nameForms: fields.nameForms ?? da.nameForms(authority),
  };
}

const rightTitles = {
  access: 'Ret til indsigt',
  rectification: 'Ret til berigtigelse',
  erasure: 'Ret til sletning',
  restriction: 'Ret til begrænsning af behandling',
  objection: 'Ret til indsigelse',
  portability: 'Ret til dataportabilitet',
  withdrawConsent: 'Ret til at trække samtykke tilbage',
  automatedDecisions: 'Ret til ikke at være genstand for automatiske afgørelser',
} as const;

const rights: Rights = {
  file: 'content/shared/rettigheder.md',
  title: 'Dine rettigheder',
  summary: 'Dine rettigheder efter databeskyttelsesforordningen.',
  body: noMarkdown,
  rights: rightIds.map((id) => ({
    id,
    title: rightTitles[id],
    article: 15,
    hubText: rightTitles[id],
    explanation: rightTitles[id],
    explanationHtml: '',
  })),
};

const complaint: Complaint = {
  file: 'content/shared/klage-til-datatilsynet.md',
  title: 'Klage til Datatilsynet',
  summary: 'Du har ret til at klage til Datatilsynet.',
  body: noMarkdown,
  supervisoryAuthority: {
    name: 'Datatilsynet',
    nameForms: da.nameForms({ name: 'Datatilsynet' }),
    website: 'https://www.datatilsynet.dk',
    cvr: '11 88 37 29',
    contact: { phone: '33 19 32 00' },
  },
};

/** A notice page for the notice, at an authority with its contact details stated unless given. */
export function noticePageFor(notice: Notice, authority = authorityWith()): NoticePage {
  return {
    authority,
    notice,
    rights,
    complaint,
    samePurpose: [],
    topic: { id: notice.topic, title: 'Overvågning og telefoni' },
  };
}

/** One section of a notice page as the page renders it, under its heading; undefined where the page leaves it out. */
export function noticeSection(page: NoticePage, id: string): ReactNode {
  return sectionsFor(noticePageSections, page).find((section) => section.id === id)?.content;
}

/** What a reader sees of one section of the notice's page. */
export function sectionView(notice: Notice, id: string, authority?: Authority): ReaderView {
  return readerView(noticeSection(noticePageFor(notice, authority), id));
}
