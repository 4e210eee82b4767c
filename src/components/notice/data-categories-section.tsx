import type { Purpose } from '@/lib/content';
import { noticeElementState } from '@/lib/gdpr/completeness';
import { dataCategoryLabels } from '@/lib/labels';

import { LongList } from '../long-list';
import type { SectionHeading } from '../page-sections';
import { NoticeSection } from './notice-section';

interface DataCategoriesSectionProps {
  heading: SectionHeading;
  purpose: Purpose;
}

/** What data is processed, and about whom (art. 14(1)(d)). */
export function DataCategoriesSection({ heading, purpose }: DataCategoriesSectionProps) {
  const { dataCategories, dataSubjects } = purpose;
  return (
    <NoticeSection heading={heading} state={noticeElementState(purpose, 'dataCategories')}>
      <LongList count={dataCategories?.length ?? 0} noun="kategorier af oplysninger">
        <dl className="structured-list">
          {dataCategories?.map((category) => (
            <div key={`${category.kind}-${category.description}`}>
              <dt>{dataCategoryLabels[category.kind]}</dt>
              <dd>{category.description}</dd>
            </div>
          ))}
        </dl>
      </LongList>
      {dataSubjects && (
        <>
          <p>Oplysningerne handler om:</p>
          <ul>
            {dataSubjects.map((subject) => (
              <li key={subject}>{subject}</li>
            ))}
          </ul>
        </>
      )}
    </NoticeSection>
  );
}
