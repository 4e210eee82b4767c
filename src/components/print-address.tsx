import { site } from '@/config/site';
import { words } from '@/i18n';

interface PrintAddressProps {
  /** The page's path, e.g. "/udlaendingestyrelsen/videoovervaagning". */
  path: string;
  /** The date the content last changed, when the page has one. */
  updated?: string;
}

/** Only on paper: where the page lives and how current it is, so a printout can be traced. */
export function PrintAddress({ path, updated }: PrintAddressProps) {
  const w = words();
  return (
    <p className="print-only meta">
      {w.printAddress.printedFrom(site.url, path)}
      {updated && w.printAddress.updated(w.formatDate(updated))}
    </p>
  );
}
