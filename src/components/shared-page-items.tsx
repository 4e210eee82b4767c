import { sharedPages } from '@/config/site';
import { localized, words } from '@/i18n';

/** The pages that concern every authority, as list items for a surrounding list. */
export function SharedPageItems() {
  const labels = words().sharedPages;
  return sharedPages.map((sharedPage) => (
    <li key={sharedPage.href}>
      <a href={localized(sharedPage.href)}>{labels[sharedPage.page]}</a>
    </li>
  ));
}
