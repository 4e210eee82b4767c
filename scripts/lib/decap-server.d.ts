// decap-server ships no types; this is the one function of its library the editor's backend uses.
declare module 'decap-server/dist/middlewares.js' {
  import type { Express } from 'express';

  const middlewares: {
    /** Adds Decap's local file-system backend (POST /api/v1) over GIT_REPO_DIRECTORY to `app`. */
    registerLocalFs(app: Express, options?: { logLevel?: string }): Promise<void>;
  };
  export default middlewares;
}
