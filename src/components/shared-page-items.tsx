import { sharedPages } from '@/config/site';
import { words } from '@/i18n';

/** The pages that concern every authority, as list items for a surrounding list. */
export function SharedPageItems() {
  const labels = words().sharedPages;
  return sharedPages.map((sharedPage) => (
    <li key={sharedPage.href}>
      <a href={sharedPage.href}>{labels[sharedPage.page]}</a>
    </li>
  ));
}
