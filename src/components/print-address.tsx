import { site } from '@/config/site';
import { localized, words } from '@/i18n';

interface PrintAddressProps {
  /** The page's root address, e.g. "/udlaendingestyrelsen/videoovervaagning"; printed in the page's language. */
  path: string;
  /** The date the content last changed, when the page has one. */
  updated?: string;
}

/** Only on paper: where the page lives and how current it is, so a printout can be traced. */
export function PrintAddress({ path, updated }: PrintAddressProps) {
  const w = words();
  return (
    <p className="print-only meta">
      {w.printAddress.printedFrom(site.url, localized(path))}
      {updated && w.printAddress.updated(w.formatDate(updated))}
    </p>
  );
}
