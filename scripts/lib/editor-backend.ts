import type { Server } from 'node:http';

import decapServer from 'decap-server/dist/middlewares.js';
import express, { type RequestHandler, type Response } from 'express';

import { saveRefusal } from '../../src/lib/editor/form-words';
import { editorRoot, labelOf } from '../../src/lib/editor/paths';
import { errorsAfterSave, filesToSave, SaveRefused, type EditedFile } from './editor-save';

// The origins decap-server's own CORS rule lets in: the editor's page on this machine.
const localOrigin = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

/** Answers the editor with a refusal it shows the editor; CORS headers, since this answer comes first. */
function refuse(request: express.Request, response: Response, status: number, error: string) {
  const origin = request.headers.origin;
  if (origin && localOrigin.test(origin)) response.setHeader('Access-Control-Allow-Origin', origin);
  response.status(status).json({ error });
}

/**
 * Every save goes through the project's save path before decap-server writes it: the text becomes the
 * file with only the changed fields changed, and a save the content check finds errors in is refused
 * with the check's messages. Deleting is refused: withdrawing a notice is a decision for git and review.
 */
const savePath: RequestHandler = (request, response, next) => {
  const { action, params } = request.body as {
    action?: string;
    params?: { entry?: EditedFile; dataFiles?: EditedFile[] };
  };
  if (action === 'deleteFile' || action === 'deleteFiles')
    return refuse(
      request,
      response,
      403,
      'Filer slettes ikke her. Bed en udvikler om at fjerne filen i git.',
    );
  if (action !== 'persistEntry' || !params) return next();
  const edited = params.dataFiles ?? (params.entry ? [params.entry] : []);
  try {
    const unsaved = filesToSave(edited);
    const errors = errorsAfterSave(unsaved);
    if (errors.length > 0)
      return refuse(
        request,
        response,
        422,
        saveRefusal(
          errors,
          unsaved.map(({ file }) => labelOf(file)),
        ),
      );
    unsaved.forEach(({ text }, index) => (edited[index]!.raw = text));
    next();
  } catch (error) {
    if (!(error instanceof SaveRefused)) throw error;
    refuse(request, response, 422, error.message);
  }
};

/** Decap's local backend over the content folder, on the loopback only, behind the project's save path. */
export async function startEditorBackend(port: number): Promise<Server> {
  // decap-server serves the folder this names; the collections' folders begin with the content folder's.
  process.env.GIT_REPO_DIRECTORY = editorRoot();
  const app = express();
  app.use(express.json({ limit: '50mb' }));
  app.post('/api/v1', savePath);
  await decapServer.registerLocalFs(app, { logLevel: 'warn' });
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server)).on('error', reject);
  });
}
