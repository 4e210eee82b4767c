import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import NoticePage from '@/app/[lang]/[authority]/[notice]/page';
import { DraftStatus } from '@/components/editor/draft-status';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { readDraft } from '@/lib/editor/drafts';
import { labelOf, noticeOfFile } from '@/lib/editor/paths';
import { getFileProblems, showDraft } from '@/lib/site-content';

// A page of the preview only (see next.config.ts): the web editor's preview pane shows a draft here.

interface DraftPageProps {
  params: Promise<{ lang: string; token: string }>;
}

export const metadata: Metadata = { title: 'Kladde', robots: { index: false } };

/** A notice as the site renders it with the editor's unsaved draft, its problems where it has any. */
export default async function DraftPage({ params }: DraftPageProps) {
  const { lang, token } = await params;
  await setPageLanguageFrom(params);
  const draft = readDraft(token);
  const notice = draft && noticeOfFile(draft.file);
  if (!draft || !notice) notFound();
  showDraft(draft);
  return (
    <>
      <DraftStatus problems={getFileProblems(labelOf(draft.file))} />
      <NoticePage params={Promise.resolve({ lang, ...notice })} />
    </>
  );
}
