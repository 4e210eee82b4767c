/** Helpers for values the pages show in every language: phone links and host names. Pure; no React. */

/** "+45 35 36 66 00" → "tel:+4535366600"; numbers without a country code are Danish. */
export function phoneHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? digits : `+45${digits}`}`;
}

/** "https://us.dk/" → "us.dk", for link text that names the site. */
export function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

/** "1 fejl", "3 advarsler": a number with its noun in the singular or the plural. */
export const countOf = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
