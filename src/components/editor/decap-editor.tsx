'use client';

// A client component: Decap CMS is a single-page application that runs in the browser alone.
import { useEffect } from 'react';

import { NoticeDraftPane, type EntryValues, type NoticeCollections } from './notice-draft-pane';

interface DecapEditorProps {
  /** Decap's configuration, made from the content schema (src/lib/editor/). */
  config: object;
  /** The notices' collections, whose preview pane shows the notice as the site renders it. */
  noticeCollections: NoticeCollections;
}

/** Starts Decap CMS with the generated configuration and the site's own preview of notices. */
export function DecapEditor({ config, noticeCollections }: DecapEditorProps) {
  useEffect(() => {
    let cancelled = false;
    void import('decap-cms-app').then(({ default: cms }) => {
      if (cancelled) return;
      for (const name of Object.keys(noticeCollections))
        cms.registerPreviewTemplate(name, (props) => (
          <NoticeDraftPane entry={props.entry as EntryValues} noticeCollections={noticeCollections} />
        ));
      // The configuration comes from the page, not from a config.yml beside it.
      cms.init({ config: { ...config, load_config_file: false } as never });
    });
    return () => {
      cancelled = true;
    };
  }, [config, noticeCollections]);
  return null;
}
