import { words } from '@/i18n';
import { coreCompleteness } from '@/lib/gdpr/completeness';
import type { Notice } from '@/lib/site-content';

interface UnpublishedCountProps {
  notice: Notice;
}

/** A neutral count of the core facts a notice does not publish; nothing for a notice that publishes them all. */
export function UnpublishedCount({ notice }: UnpublishedCountProps) {
  const { applicable, unstated } = coreCompleteness(notice);
  if (unstated === 0) return null;
  return <p className="meta">{words().authorityPage.unpublishedCount(unstated, applicable)}</p>;
}
