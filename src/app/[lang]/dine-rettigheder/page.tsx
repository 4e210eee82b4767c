import type { Metadata } from 'next';

import { ContentsList } from '@/components/contents-list';
import { MarkdownHtml } from '@/components/markdown-html';
import { PageTrail } from '@/components/page-trail';
import { ProblemPanel } from '@/components/preview/problem-panel';
import { TranslationNote } from '@/components/translation-note';
import { requestPath, rightsPath } from '@/config/routes';
import { localized, words } from '@/i18n';
import { setPageLanguageFrom, type LanguageParams } from '@/i18n/route-language';
import { pageMetadata } from '@/lib/page-metadata';
import { requestSectionIds } from '@/lib/section-ids';
import { getContent, getPageDates, getPageProblems } from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';

export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const { rights } = getContent();
  return pageMetadata({ path: rightsPath, title: rights.title, description: rights.summary });
}

export default async function RightsPage({ params }: LanguageParams) {
  await setPageLanguageFrom(params);
  const { rights, authorities } = getContent();
  const problems = getPageProblems(rights.file);
  if (problems.length > 0) return <ProblemPanel problems={problems} />;
  return (
    <div data-pagefind-body="">
      <PageTrail
        path={rightsPath}
        dates={getPageDates(rightsPath)}
        trail={[{ label: words().layout.frontPage, href: '/' }]}
        current={rights.title}
        description={rights.summary}
      />
      <h1 lang={langOfText(rights, 'title')}>{rights.title}</h1>
      <p className="lead" lang={langOfText(rights, 'summary')}>
        {rights.summary}
      </p>
      <TranslationNote of={rights} path={rightsPath} />
      <ContentsList
        items={[
          ...rights.body.headings
            .filter((heading) => heading.level === 2)
            .map(({ id, text }) => ({ id, title: text })),
          ...rights.rights.map(({ id, title }) => ({ id, title })),
          { id: requestSectionIds.useYourRights, title: words().request.useYourRights },
        ]}
      />
      <MarkdownHtml html={rights.body.html} lang={langOfText(rights, 'body')} />
      {rights.rights.map((right) => (
        <section key={right.id} aria-labelledby={right.id}>
          <h2 id={right.id}>{right.title}</h2>
          <p className="meta">{words().rightsPage.article(right)}</p>
          <MarkdownHtml html={right.explanationHtml} lang={langOfText(rights, 'rights')} />
        </section>
      ))}
      <section aria-labelledby={requestSectionIds.useYourRights}>
        <h2 id={requestSectionIds.useYourRights}>{words().request.useYourRights}</h2>
        <ul>
          {authorities.map((authority) => (
            <li key={authority.slug}>
              <a href={localized(requestPath(authority.slug))}>
                {words().requestPage.rightsAt(authority.nameForms)}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
