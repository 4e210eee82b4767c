import type { Metadata } from 'next';

import { ContactChannels } from '@/components/contact-channels';
import { MarkdownHtml } from '@/components/markdown-html';
import { PageTrail } from '@/components/page-trail';
import { ProblemPanel } from '@/components/preview/problem-panel';
import { TranslationNote } from '@/components/translation-note';
import { complaintPath } from '@/config/routes';
import { words } from '@/i18n';
import { setPageLanguageFrom, type LanguageParams } from '@/i18n/route-language';
import { hostOf } from '@/lib/labels';
import { pageMetadata } from '@/lib/page-metadata';
import { complaintSectionIds } from '@/lib/section-ids';
import { getContent, getPageDates, getPageProblems } from '@/lib/site-content';
import { langOfText } from '@/lib/site-content/localize';

export async function generateMetadata({ params }: LanguageParams): Promise<Metadata> {
  await setPageLanguageFrom(params);
  const { complaint } = getContent();
  return pageMetadata({ path: complaintPath, title: complaint.title, description: complaint.summary });
}

export default async function ComplaintPage({ params }: LanguageParams) {
  await setPageLanguageFrom(params);
  const { complaint } = getContent();
  const problems = getPageProblems(complaint.file);
  if (problems.length > 0) return <ProblemPanel problems={problems} />;
  const authority = complaint.supervisoryAuthority;
  const w = words();
  return (
    <div data-pagefind-body="">
      <PageTrail
        path={complaintPath}
        dates={getPageDates(complaintPath)}
        trail={[{ label: w.layout.frontPage, href: '/' }]}
        current={complaint.title}
        description={complaint.summary}
      />
      <h1 lang={langOfText(complaint, 'title')}>{complaint.title}</h1>
      <p className="lead" lang={langOfText(complaint, 'summary')}>
        {complaint.summary}
      </p>
      <TranslationNote of={complaint} path={complaintPath} />
      <MarkdownHtml html={complaint.body.html} lang={langOfText(complaint, 'body')} />
      <section aria-labelledby={complaintSectionIds.contact}>
        <h2 id={complaintSectionIds.contact}>{w.complaintPage.contact(authority.nameForms)}</h2>
        <ContactChannels channels={authority.contact} />
        <p>
          {w.complaintPage.cvr(authority.cvr)} · <a href={authority.website}>{hostOf(authority.website)}</a>
        </p>
      </section>
    </div>
  );
}
