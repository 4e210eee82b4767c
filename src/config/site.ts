/** Site-wide settings as typed data. */
export const site = {
  name: 'Persondata',
  tagline: 'Sådan behandler Udlændinge- og Integrationsministeriet og dets styrelser dine personoplysninger',
  language: 'da',
} as const;
