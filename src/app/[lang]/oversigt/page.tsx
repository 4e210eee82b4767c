import type { Metadata } from 'next';

import { MarkdownHtml } from '@/components/markdown-html';
import { NoticeLink } from '@/components/notice-link';
import { PageTrail } from '@/components/page-trail';
import { ProblemPanel } from '@/components/preview/problem-panel';
import { TranslationNote } from '@/components/translation-note';
import { noticePath, overviewPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom, type LanguageParams } from '@/i18n/route-language';
import { noticesByTopic } from '@/lib/overview';
import { pageMetadata } from '@/lib/page-metadata';
import { overviewSectionIds } from '@/lib/section-ids';
import { getContent, getPageDates, getPageProblems } from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';

export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const { topics } = getContent();
  return pageMetadata({ path: overviewPath, title: topics.title, description: topics.summary });
}

export default async function OverviewPage({ params }: LanguageParams) {
  await setPageLanguageFrom(params);
  const content = getContent();
  const problems = getPageProblems(content.topics.file);
  if (problems.length > 0) return <ProblemPanel problems={problems} />;
  const groups = noticesByTopic(content);
  return (
    <>
      <PageTrail
        path={overviewPath}
        dates={getPageDates(overviewPath)}
        trail={[{ label: words().layout.frontPage, href: '/' }]}
        current={content.topics.title}
        description={content.topics.summary}
      />
      <h1 lang={langOfText(content.topics, 'title')}>{content.topics.title}</h1>
      <p className="lead" lang={langOfText(content.topics, 'summary')}>
        {content.topics.summary}
      </p>
      <TranslationNote of={content.topics} path={overviewPath} />
      <MarkdownHtml html={content.topics.body.html} lang={langOfText(content.topics, 'body')} />
      <nav aria-labelledby={overviewSectionIds.topics}>
        <h2 id={overviewSectionIds.topics}>{words().overview.topics}</h2>
        <ul className="topic-index">
          {groups.map((group) => (
            <li key={group.id}>
              <a href={`#${group.id}`}>{group.title}</a> ({group.entries.length})
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id}>
          <h2 id={group.id}>{group.title}</h2>
          <ul className="link-list">
            {group.entries.map(({ notice, authorityName }) => (
              <li key={`${notice.authority}/${notice.slug}`}>
                <NoticeLink
                  href={localized(noticePath(notice.authority, notice.slug))}
                  title={notice.title}
                  authorityName={authorityName}
                />
                <p>
                  <strong>{authorityName}</strong> · {notice.summary}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
