import { words } from '@/i18n';
import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import { LongList } from '../long-list';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface RecipientsSectionProps {
  heading: SectionHeading;
  notice: Notice;
}

/** Who receives the data (art. 13(1)(e), 14(1)(e)). An empty list is stated as "nobody". */
export function RecipientsSection({ heading, notice }: RecipientsSectionProps) {
  const { recipients } = notice;
  const w = words().notice;
  return (
    <NoticeSection heading={heading} state={noticeElementState(notice, 'recipients')}>
      {recipients?.length === 0 ? (
        <p>{w.noRecipients}</p>
      ) : (
        <>
          <p>{w.recipientsIntro}</p>
          <LongList count={recipients?.length ?? 0} noun={w.recipientsNoun}>
            <ul>
              {recipients?.map((recipient, index) => (
                <li key={index}>
                  <ContentText of={notice} field="recipients">
                    {recipient.name}
                    {recipient.reason && ` – ${recipient.reason}`}
                  </ContentText>
                </li>
              ))}
            </ul>
          </LongList>
        </>
      )}
    </NoticeSection>
  );
}
