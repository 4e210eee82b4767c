import { words } from '@/i18n';
import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Purpose } from '@/lib/site-content';

import { ContentText } from '../content-text';
import { StatedOrGap } from '../gap-note';
import { LongList } from '../long-list';
import type { SectionHeading } from '../page-sections';

interface DataCategoriesSectionProps {
  heading: SectionHeading;
  purpose: Purpose;
}

/** What data is processed (art. 14(1)(d)), and about whom, which is shown even where the categories are not. */
export function DataCategoriesSection({ heading, purpose }: DataCategoriesSectionProps) {
  const { dataCategories, dataSubjects } = purpose;
  const w = words();
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <StatedOrGap state={noticeElementState(purpose, 'dataCategories')}>
        <LongList count={dataCategories?.length ?? 0} noun={w.notice.dataCategoriesNoun}>
          <dl className="structured-list">
            {dataCategories?.map((category) => (
              <div key={`${category.kind}-${category.description}`}>
                <dt>{w.dataCategories[category.kind]}</dt>
                <dd>
                  <ContentText of={purpose} field="dataCategories">
                    {category.description}
                  </ContentText>
                </dd>
              </div>
            ))}
          </dl>
        </LongList>
      </StatedOrGap>
      {dataSubjects && (
        <>
          <p>{w.notice.dataSubjects}</p>
          <ul>
            {dataSubjects.map((subject) => (
              <li key={subject}>
                <ContentText of={purpose} field="dataSubjects">
                  {subject}
                </ContentText>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
