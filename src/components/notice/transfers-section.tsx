import type { Purpose } from '@/lib/content';
import { noticeElementState } from '@/lib/gdpr/completeness';
import { transferSafeguardLabels } from '@/lib/labels';

import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface TransfersSectionProps {
  heading: SectionHeading;
  purpose: Purpose;
}

/** Transfers outside the EU/EEA and their safeguard (art. 13(1)(f), 14(1)(f)). */
export function TransfersSection({ heading, purpose }: TransfersSectionProps) {
  const { transfers } = purpose;
  return (
    <NoticeSection heading={heading} state={noticeElementState(purpose, 'transfers')}>
      {transfers?.length === 0 ? (
        <p>
          Vi overfører ikke oplysningerne til lande eller internationale organisationer uden for EU og EØS.
        </p>
      ) : (
        <ul>
          {transfers?.map((transfer, index) => (
            <li key={index}>
              {transfer.recipient}. Overførslen sker efter databeskyttelsesforordningens{' '}
              {transferSafeguardLabels[transfer.safeguard]}.{transfer.detail && ` ${transfer.detail}`}
            </li>
          ))}
        </ul>
      )}
    </NoticeSection>
  );
}
