'use client';

// A client component: Decap CMS is a single-page application that runs in the browser alone.
import { useEffect, type ComponentType } from 'react';

import type { DraftFolder } from '@/lib/editor/collections';
import { danishPhrases, mergePhrases, type Phrases } from '@/lib/editor/decap-locale';
import { statedListWidget } from '@/lib/editor/stated-list';
import { typedDateWidget } from '@/lib/editor/typed-date';

import { DraftPane, type EntryValues } from './draft-pane';
import { registerLocalBackend, ToldSaveFailure } from './local-backend';
import { keepControlsNamed } from './name-controls';
import { statedListControl, type DecapControlProps } from './stated-list-control';
import { TypedDateControl, TypedDatePreview } from './typed-date-control';

interface DecapEditorProps {
  /** Decap's configuration, made from the content schema (src/lib/editor/). */
  config: object;
  /** The folder collections by name, with where a new entry's file goes (for the preview pane). */
  folders: Record<string, DraftFolder>;
  /** The files of the collections of single files: each has its own preview pane. */
  files: string[];
}

/**
 * next dev counts every console error into a red "Issues" badge over the editor (its first Tab stops)
 * and opens its error overlay over the form. Two kinds are no editor's to act on: Decap checks its
 * components' prop types by hand (React 19 no longer does) and logs its own mismatches, and it logs a
 * refused save, which its message already tells. Any other error still shows.
 */
function quietToldErrors() {
  const log = console.error;
  console.error = (...args: unknown[]) => {
    const [first] = args;
    if (first instanceof ToldSaveFailure) return;
    if (typeof first === 'string' && /^Warning: Failed (prop|%s) type/.test(first)) return;
    log(...args);
  };
}

/**
 * Starts Decap CMS with the generated configuration, the project's Danish, date and list fields and local
 * backend, and a preview pane with the draft's status (and its page, where the file has one) for every
 * form; and names the controls Decap leaves unnamed.
 */
export function DecapEditor({ config, folders, files }: DecapEditorProps) {
  useEffect(() => {
    let cancelled = false;
    void import('decap-cms-app').then(({ default: cms }) => {
      if (cancelled) return;
      quietToldErrors();
      cms.registerLocale(
        'da',
        mergePhrases((cms.getLocale('da') as Phrases | undefined) ?? {}, danishPhrases),
      );
      cms.registerWidget(typedDateWidget, TypedDateControl as never, TypedDatePreview);
      // Decap's own list inside the project's choice of three; its types do not know its controls are classes.
      const list = cms.getWidget('list') as unknown as Record<
        'control' | 'preview',
        ComponentType<DecapControlProps>
      >;
      cms.registerWidget(statedListWidget, statedListControl(list.control) as never, list.preview as never);
      registerLocalBackend(cms);
      for (const name of [...Object.keys(folders), ...files])
        cms.registerPreviewTemplate(name, (props) => (
          <DraftPane entry={props.entry as EntryValues} folders={folders} />
        ));
      // The configuration comes from the page, not from a config.yml beside it.
      cms.init({ config: { ...config, load_config_file: false } as never });
    });
    return () => {
      cancelled = true;
    };
  }, [config, folders, files]);
  // Decap draws into the body, outside this component.
  useEffect(() => keepControlsNamed(document.body), []);
  return null;
}
