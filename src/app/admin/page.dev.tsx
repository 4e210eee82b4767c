import { DecapEditor } from '@/components/editor/decap-editor';
import { editorBackendUrl, siteUrl } from '@/config/environment';
import { draftFolders, fileNames } from '@/lib/editor/collections';
import { editorConfig } from '@/lib/editor/editor-config';
import { editorContentFolder } from '@/lib/editor/paths';
import { getSourceContent } from '@/lib/site-content';

// A page of the preview only (see next.config.ts): `npm run edit` serves it with Decap's local backend.

/**
 * The web editor: Decap CMS over the content folder on disk, its forms made from the content schema at
 * every load, so they follow the schema and the authorities as they are.
 */
export default function EditorPage() {
  const config = editorConfig(getSourceContent(), {
    mode: 'local',
    localBackendUrl: editorBackendUrl,
    siteUrl,
    contentFolder: editorContentFolder(),
  });
  return (
    <DecapEditor
      config={config}
      folders={draftFolders(config.collections)}
      files={fileNames(config.collections)}
    />
  );
}
