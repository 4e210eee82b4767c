import type decapCms from 'decap-cms-app';

import { localBackendName } from '@/lib/editor/editor-config';
import { saveFailure } from '@/lib/editor/form-words';

type Cms = typeof decapCms;

interface Backend {
  persistEntry(...args: unknown[]): Promise<unknown>;
}

/** Closes the error messages Decap still shows, so a new save's answer never stands beside an old error. */
const closeErrorMessages = () =>
  document
    .querySelectorAll<HTMLButtonElement>('.Toastify__toast--error .Toastify__close-button')
    .forEach((button) => button.click());

/** A failed save as the editor is told it: Decap writes an error without a name as its message alone. */
export class ToldSaveFailure extends Error {
  override name = '';
}

/**
 * Decap's proxy backend to decap-server, with plain Danish when a save fails: Decap shows the error's
 * text as JavaScript writes an error, "API_ERROR: …", so the error is handed on as a ToldSaveFailure.
 */
export function registerLocalBackend(cms: Cms) {
  const proxy = cms.getBackend('proxy');
  if (!proxy || cms.getBackend(localBackendName)) return;
  // Decap makes a backend with `new`; a constructor that returns an object makes that object.
  function LocalBackend(...args: unknown[]) {
    const backend = (proxy!.init as (...args: unknown[]) => Backend)(...args);
    const persist = backend.persistEntry.bind(backend);
    backend.persistEntry = (...entry) => {
      closeErrorMessages();
      return persist(...entry).catch((error: unknown) => {
        throw new ToldSaveFailure(saveFailure(error));
      });
    };
    return backend;
  }
  cms.registerBackend(localBackendName, LocalBackend);
}
