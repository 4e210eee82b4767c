import { words } from '@/i18n';
import { coreCompleteness } from '@/lib/gdpr/completeness';
import type { Purpose } from '@/lib/site-content';

interface UnpublishedCountProps {
  purpose: Purpose;
}

/** A neutral count of the core facts a notice does not publish; nothing for a notice that publishes them all. */
export function UnpublishedCount({ purpose }: UnpublishedCountProps) {
  const { applicable, unstated } = coreCompleteness(purpose);
  if (unstated === 0) return null;
  return <p className="meta">{words().authorityPage.unpublishedCount(unstated, applicable)}</p>;
}
