'use client';

import { useEffect, useState } from 'react';

/** The notices' collections by name, each with its folder as the editor names it ("content/purposes/a"). */
export type NoticeCollections = Record<string, string>;

export interface EntryValues {
  get(key: string): unknown;
}

interface NoticeDraftPaneProps {
  /** The entry being edited (an Immutable.js map in Decap). */
  entry: EntryValues;
  noticeCollections: NoticeCollections;
}

// The file a new notice is previewed as until it is saved under the name Decap gives it.
const newNoticeName = 'ny-oplysning';

/**
 * Decap's preview pane for a notice: the form's values are sent to the preview server as a draft, and the
 * pane shows the page the site makes of it, with the draft's status from the same content check as
 * `npm run check:content`. Sent after a pause in typing, so each keystroke does not cost a check.
 */
export function NoticeDraftPane({ entry, noticeCollections }: NoticeDraftPaneProps) {
  const folder = noticeCollections[String(entry.get('collection'))];
  // A new notice has no file until it is saved.
  const saved = entry.get('path');
  const path = typeof saved === 'string' && saved ? saved : `${folder}/${newNoticeName}.md`;
  const values = JSON.stringify((entry.get('data') as { toJS(): object }).toJS());
  const [token, setToken] = useState<string>();
  useEffect(() => {
    const timer = setTimeout(() => {
      void fetch('/admin/kladde', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"path":${JSON.stringify(path)},"data":${values}}`,
      })
        .then((response) => response.json() as Promise<{ token?: string }>)
        .then(({ token: drafted }) => setToken(drafted));
    }, 400);
    return () => clearTimeout(timer);
  }, [path, values]);
  if (!token) return <p>Forhåndsvisningen hentes …</p>;
  return (
    <iframe
      src={`/_forhaandsvisning/kladde/${token}`}
      title="Forhåndsvisning af kladden, som sitet viser den"
      style={{ border: 0, width: '100%', height: '100vh' }}
    />
  );
}
