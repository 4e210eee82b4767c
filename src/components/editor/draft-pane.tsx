'use client';

// A client component: Decap CMS's preview pane, which runs in the browser alone.
import { useEffect, useState } from 'react';

import type { ContentProblem } from '@/lib/content/errors';
import type { DraftFolder } from '@/lib/editor/collections';
import { decapSlugOf } from '@/lib/editor/decap-slug';
import type { OutdatedField } from '@/lib/editor/outdated-fields';

import { DraftStatus } from './draft-status';

/** The entry being edited (an Immutable.js map in Decap). */
export interface EntryValues {
  get(key: string): unknown;
}

interface DraftPaneProps {
  entry: EntryValues;
  /** The folder collections by name: where a new entry's file goes, and the field it is named after. */
  folders: Record<string, DraftFolder>;
}

/** The preview server's answer to one state of the form (src/app/admin/kladde/route.dev.ts). */
interface Answer {
  /** The request it answers: the form's state it is the status of. */
  request: string;
  problems?: ContentProblem[];
  /** For a translation: its fields out of date against the Danish text now. */
  outdated?: OutdatedField[];
  /** The address of the page that shows the draft, for a file with a page of its own. */
  page?: string;
}

// Long enough to send one draft per pause in typing rather than one per keystroke, short beside the
// check's own time: the status follows the form within a second of a pause (bench: the e2e test's note).
const typingPause = 150;

/** Where the draft of the entry goes: its file, or for a new entry the file Decap will save it as. */
function draftFile(entry: EntryValues, data: Record<string, unknown>, folders: DraftPaneProps['folders']) {
  const saved = entry.get('path');
  if (typeof saved === 'string' && saved) return { path: saved };
  const { folder, identifierField } = folders[String(entry.get('collection'))]!;
  const identifier = data[identifierField];
  const slug = decapSlugOf(typeof identifier === 'string' ? identifier : '');
  // Until its identifier is written, a new file has no name; the draft is checked under a stand-in.
  return { path: `${folder}/${slug || 'ny'}.md`, ...(slug && { newFile: `${slug}.md` }) };
}

/**
 * Decap's preview pane: the form's values go to the preview server after a short pause in typing; the
 * pane shows the draft's status from the same check as `npm run check:content`, then the page the site
 * makes of it. An answer counts only for the form state it was asked for: a change aborts the request
 * before it, and an answer that arrives late for an older state is never shown.
 */
export function DraftPane({ entry, folders }: DraftPaneProps) {
  const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
  const { path, newFile } = draftFile(entry, data, folders);
  const request = JSON.stringify({ path, data });
  const [answer, setAnswer] = useState<Answer>();
  const [page, setPage] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch('/admin/kladde', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request,
        signal: controller.signal,
      })
        .then((response) => response.json() as Promise<Omit<Answer, 'request'>>)
        .then((answered) => {
          if (controller.signal.aborted) return;
          setAnswer({ request, ...answered });
          setPage(answered.page);
        })
        .catch(() => {
          if (!controller.signal.aborted) setAnswer({ request });
        });
    }, typingPause);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [request]);
  const current = answer?.request === request ? answer : undefined;
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif' }}>
      <DraftStatus
        problems={current?.problems}
        failed={current !== undefined && current.problems === undefined}
        newFile={newFile}
        outdated={current?.outdated}
      />
      {page && (
        <iframe
          src={page}
          title="Forhåndsvisning af kladden, som sitet viser den"
          style={{ border: 0, width: '100%', height: '100vh' }}
        />
      )}
    </div>
  );
}
