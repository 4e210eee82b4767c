import { complaintPath, overviewPath, rightsPath } from '@/lib/routes';

/** Site-wide settings as typed data. */
export const site = {
  name: 'Persondata',
  tagline: 'Sådan behandler Udlændinge- og Integrationsministeriet og dets styrelser dine personoplysninger',
  language: 'da',
} as const;

/** Pages that concern every authority, linked from the footer and the 404 page. */
export const sharedPages = [
  { label: 'Alle formål', href: overviewPath },
  { label: 'Dine rettigheder', href: rightsPath },
  { label: 'Klage til Datatilsynet', href: complaintPath },
] as const;
