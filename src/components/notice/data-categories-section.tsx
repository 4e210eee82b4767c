import { words } from '@/i18n';
import { noticeElementState } from '@/lib/gdpr/completeness';
import type { Notice } from '@/lib/site-content';

import { ContentText } from '../content-text';
import { StatedOrGap } from '../gap-note';
import { LongList } from '../long-list';
import type { SectionHeading } from '../page-sections';

interface DataCategoriesSectionProps {
  heading: SectionHeading;
  notice: Notice;
}

/** What data is processed (art. 14(1)(d)), and about whom, which is shown even where the categories are not. */
export function DataCategoriesSection({ heading, notice }: DataCategoriesSectionProps) {
  const { dataCategories, dataSubjects } = notice;
  const w = words();
  return (
    <section aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <StatedOrGap state={noticeElementState(notice, 'dataCategories')}>
        <LongList count={dataCategories?.length ?? 0} noun={w.notice.dataCategoriesNoun}>
          <dl className="structured-list">
            {dataCategories?.map((category) => (
              <div key={`${category.kind}-${category.description}`}>
                <dt>{w.dataCategories[category.kind]}</dt>
                <dd>
                  <ContentText of={notice} field="dataCategories">
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
                <ContentText of={notice} field="dataSubjects">
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
