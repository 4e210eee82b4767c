import { sharedPages } from '@/config/site';

/** The pages that concern every authority, as list items for a surrounding list. */
export function SharedPageItems() {
  return sharedPages.map((sharedPage) => (
    <li key={sharedPage.href}>
      <a href={sharedPage.href}>{sharedPage.label}</a>
    </li>
  ));
}
