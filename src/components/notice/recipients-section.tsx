import type { Purpose } from '@/lib/content';
import { noticeElementState } from '@/lib/gdpr/completeness';

import { LongList } from '../long-list';
import { NoticeSection } from './notice-section';
import { noticeSections } from './notice-sections';

interface RecipientsSectionProps {
  purpose: Purpose;
}

/** Who receives the data (art. 13(1)(e), 14(1)(e)). An empty list is stated as "nobody". */
export function RecipientsSection({ purpose }: RecipientsSectionProps) {
  const { recipients } = purpose;
  return (
    <NoticeSection
      id={noticeSections.recipients.id}
      title={noticeSections.recipients.title}
      state={noticeElementState(purpose, 'recipients')}
    >
      {recipients?.length === 0 ? (
        <p>Vi videregiver ikke oplysningerne til andre.</p>
      ) : (
        <>
          <p>Oplysningerne kan blive videregivet til:</p>
          <LongList count={recipients?.length ?? 0} noun="modtagere">
            <ul>
              {recipients?.map((recipient, index) => (
                <li key={index}>
                  {recipient.name}
                  {recipient.reason && ` – ${recipient.reason}`}
                </li>
              ))}
            </ul>
          </LongList>
        </>
      )}
    </NoticeSection>
  );
}
