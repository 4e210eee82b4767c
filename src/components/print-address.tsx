import { site } from '@/config/site';
import { formatDate } from '@/lib/labels';

interface PrintAddressProps {
  /** The page's path, e.g. "/udlaendingestyrelsen/videoovervaagning". */
  path: string;
  /** The date the content last changed, when the page has one. */
  updated?: string;
}

/** Only on paper: where the page lives and how current it is, so a printout can be traced. */
export function PrintAddress({ path, updated }: PrintAddressProps) {
  return (
    <p className="print-only meta">
      Udskrevet fra {site.url}
      {path}
      {updated && <> · Senest opdateret {formatDate(updated)}</>}
    </p>
  );
}
