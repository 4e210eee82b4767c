import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import NoticePage from '@/app/[lang]/[authority]/[notice]/page';
import AuthorityPage from '@/app/[lang]/[authority]/page';
import { setPageLanguageFrom } from '@/i18n/route-language';
import { readDraft } from '@/lib/editor/drafts';
import { draftPageOf } from '@/lib/editor/paths';
import { showDraft } from '@/lib/site-content';

// A page of the preview only (see next.config.ts): the web editor's preview pane shows a draft here.

interface DraftPageProps {
  params: Promise<{ lang: string; token: string }>;
}

export const metadata: Metadata = { title: 'Kladde', robots: { index: false } };

/**
 * A notice or an authority as the site renders it with the editor's unsaved draft, in the language of
 * the draft's file. The draft's status stands in the editor's pane above this page (draft-status.tsx).
 */
export default async function DraftPage({ params }: DraftPageProps) {
  const { lang, token } = await params;
  await setPageLanguageFrom(params);
  const draft = readDraft(token);
  const page = draft && draftPageOf(draft.file);
  if (!draft || !page || page.language !== lang) notFound();
  showDraft(draft);
  const { authority, notice } = page;
  return notice ? (
    <NoticePage params={Promise.resolve({ lang, authority, notice })} />
  ) : (
    <AuthorityPage params={Promise.resolve({ lang, authority })} />
  );
}
