import { words } from '@/i18n';
import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface TransfersSectionProps {
  heading: SectionHeading;
  notice: Notice;
}

/** Transfers outside the EU/EEA and their safeguard (art. 13(1)(f), 14(1)(f)). */
export function TransfersSection({ heading, notice }: TransfersSectionProps) {
  const { transfers } = notice;
  const w = words();
  return (
    <NoticeSection heading={heading} state={noticeElementState(notice, 'transfers')}>
      {transfers?.length === 0 ? (
        <p>{w.notice.noTransfers}</p>
      ) : (
        <ul>
          {transfers?.map((transfer, index) => (
            <li key={index}>
              {w.notice.transfer(transfer.recipient, w.transferSafeguards[transfer.safeguard])}
              {transfer.detail && (
                <ContentText of={notice} field="transfers">
                  {` ${transfer.detail}`}
                </ContentText>
              )}
            </li>
          ))}
        </ul>
      )}
    </NoticeSection>
  );
}
