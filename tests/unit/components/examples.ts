import type { Authority, Purpose } from '@/lib/content';

const noMarkdown = { html: '', headings: [], links: [] };

/** A notice with only the fields every notice has; each test adds the elements it is about. */
export function noticeWith(fields: Partial<Purpose> = {}): Purpose {
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
    authority: 'testmyndigheden',
    body: noMarkdown,
    ...fields,
  };
}

/** An authority with both its contact details stated; each test changes what it is about. */
export function authorityWith(fields: Partial<Authority> = {}): Authority {
  return {
    name: 'Testmyndigheden',
    shortName: 'TM',
    description: 'En myndighed til test.',
    genitive: 'Testmyndighedens',
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
    purposes: [],
    ...fields,
  };
}
