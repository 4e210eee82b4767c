/** Danish wording for the content model's fixed values. Pure; no React. */

import type { NoticeElement } from './content/schema';

export const authorityKindLabels = { department: 'Departement', agency: 'Styrelse' } as const;

export const dataCategoryLabels = {
  ordinary: 'Almindelige personoplysninger',
  sensitive: 'Følsomme personoplysninger',
  criminal: 'Oplysninger om strafbare forhold',
  cpr: 'CPR-nummer',
} as const;

export const sourceKindLabels = {
  dataSubject: 'Dig selv',
  publicAuthority: 'Andre myndigheder',
  privateParty: 'Private personer og virksomheder',
  publicRegister: 'Offentlige registre',
} as const;

export const transferSafeguardLabels = {
  '45': 'artikel 45 (EU-Kommissionen har vurderet, at landet har et tilstrækkeligt beskyttelsesniveau)',
  '46': 'artikel 46 (fornødne garantier)',
  '47': 'artikel 47 (bindende virksomhedsregler)',
  '49': 'artikel 49 (undtagelser i særlige situationer, fx vigtige samfundsinteresser eller retskrav)',
} as const;

/** A notice's elements as a reader would name them, for the summary of what a notice does not publish. */
export const noticeElementLabels = {
  legalBasis: 'retsgrundlag',
  specialCategoryBasis: 'grundlag for følsomme oplysninger',
  criminalOffenceBasis: 'grundlag for oplysninger om strafbare forhold',
  cprBasis: 'grundlag for CPR-numre',
  legitimateInterest: 'legitim interesse',
  consentWithdrawal: 'tilbagetrækning af samtykke',
  dataCategories: 'kategorier af oplysninger',
  sources: 'kilder',
  recipients: 'modtagere',
  transfers: 'overførsel til lande uden for EU/EØS',
  retention: 'opbevaringsperiode',
  provisionRequirement: 'pligt til at give oplysningerne',
} as const satisfies Record<NoticeElement, string>;

/** The items with Danish separators between them: [a, ", ", b, " og ", c]; rendered items stay items. */
export function withListSeparators<Item>(items: readonly Item[]): (Item | string)[] {
  return items.flatMap((item, index) => {
    if (index === 0) return [item];
    return [index === items.length - 1 ? ' og ' : ', ', item];
  });
}

/** "6(1)(e)" → "artikel 6, stk. 1, litra e", the way Danish law cites the regulation. */
export function formatArticle(article: string): string {
  const match = /^(\d+)\((\d+)\)\(([a-j])\)$/.exec(article);
  if (!match) return `artikel ${article}`;
  const [, number, paragraph, letter] = match;
  return `artikel ${number}, stk. ${paragraph}, litra ${letter}`;
}

/** "1 fejl", "3 advarsler": a number with its noun in the singular or the plural. */
export const countOf = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const dateFormat = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-11-23" → "23. november 2026". */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "+45 35 36 66 00" → "tel:+4535366600"; numbers without a country code are Danish. */
export function phoneHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? digits : `+45${digits}`}`;
}

/** "https://us.dk/" → "us.dk", for link text that names the site. */
export function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}
