import { localized } from '@/i18n';
import type { AdviceSegment } from '@/lib/rights-request';

interface AdviceTextProps {
  segments: readonly AdviceSegment[];
}

/** A run of advice with its links: another site's address as it is, one of this site's in the page's language. */
export function AdviceText({ segments }: AdviceTextProps) {
  return segments.map((segment, index) =>
    typeof segment === 'string' ? (
      segment
    ) : (
      <a key={index} href={localized(segment.href)}>
        {segment.text}
      </a>
    ),
  );
}
