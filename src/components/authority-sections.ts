import type { Authority } from '@/lib/content';

/** The shared sections' ids and headings: one source for the sections themselves and for the hub's contents list. */
export const authoritySections = {
  jointControl: { id: 'faelles-dataansvar', title: () => 'Fælles dataansvar' },
  purposes: { id: 'formaal', title: () => 'Formål, vi behandler personoplysninger til' },
  rights: { id: 'dine-rettigheder', title: () => 'Dine rettigheder' },
  contact: { id: 'kontakt', title: (authority: Authority) => `Kontakt ${authority.name}` },
  dpo: {
    id: 'databeskyttelsesraadgiver',
    title: (authority: Authority) => `${authority.genitive} databeskyttelsesrådgiver (DPO)`,
  },
  complaint: { id: 'klage', title: (supervisoryAuthority: string) => `Klage til ${supervisoryAuthority}` },
} as const;

/** The hub's "Indhold på siden": its sections in page order (joint control only where the authority has any). */
export function authorityContents(
  authority: Authority,
  hasAgreements: boolean,
  supervisoryAuthority: string,
) {
  const { jointControl, purposes, rights, contact, dpo, complaint } = authoritySections;
  return [
    ...(hasAgreements ? [{ id: jointControl.id, title: jointControl.title() }] : []),
    { id: purposes.id, title: purposes.title() },
    { id: rights.id, title: rights.title() },
    { id: contact.id, title: contact.title(authority) },
    { id: dpo.id, title: dpo.title(authority) },
    { id: complaint.id, title: complaint.title(supervisoryAuthority) },
  ];
}
