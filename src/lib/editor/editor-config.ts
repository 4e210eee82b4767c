import type { Content } from '../content/types';
import { editorCollections } from './collections';
import type { DecapBackend, DecapConfig } from './decap-types';

/**
 * The backend of editing on one's own machine: Decap's proxy backend to decap-server, registered under
 * a name of its own so a failed save is told in the save path's Danish (src/components/editor/).
 */
export const localBackendName = 'persondata-lokal';

/** Editing on one's own machine, through Decap's local backend, which writes the files in place. */
export interface LocalEditing {
  mode: 'local';
  localBackendUrl: string;
  siteUrl: string;
  /** The content folder as the local backend names it: its name inside the folder the backend serves. */
  contentFolder: string;
}

/** Editing the published repository on a git host: every change becomes a pull (merge) request. */
export interface ProductionEditing {
  mode: 'production';
  backend: DecapBackend;
  siteUrl?: string;
}

/**
 * Decap CMS's configuration for the site's content: its forms come from the zod schemas (schema-fields.ts),
 * the collections of notices from the authorities as loaded.
 */
export function editorConfig(content: Content, options: LocalEditing | ProductionEditing): DecapConfig {
  const siteUrl = options.siteUrl;
  return {
    ...(options.mode === 'local'
      ? {
          // Decap's proxy backend talks to decap-server; its login is a button, as the machine is the editor's own.
          backend: { name: localBackendName, proxy_url: options.localBackendUrl },
        }
      : { backend: options.backend, publish_mode: 'editorial_workflow' as const }),
    locale: 'da',
    ...(siteUrl && { site_url: siteUrl }),
    show_preview_links: siteUrl !== undefined,
    // Decap requires a media folder. The content takes no images (the loader refuses them), so uploads
    // would only land in a folder the site never reads, outside content/ and public/.
    media_folder: 'deploy/decap/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: editorCollections(
      content,
      options.mode === 'local' ? options.contentFolder : 'content',
      options.mode,
    ),
  };
}
