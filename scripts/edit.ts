/**
 * npm run edit — the web editor: Decap's local backend on the loopback (PERSONDATA_EDITOR_BACKEND_PORT,
 * 8081 by default) and the preview (`next dev`, PORT, 3000 by default) beside it, the editor at /admin.
 * Every save goes through the project's save path and content check (scripts/lib/editor-backend.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

import { editorBackendPort } from '../src/config/environment';
import { startEditorBackend } from './lib/editor-backend';

const port = Number(process.env.PORT ?? 3000);
const editorAddress = `http://localhost:${port}/admin`;

const backend = await startEditorBackend(editorBackendPort);
const preview = spawn(
  process.execPath,
  [path.resolve('node_modules/next/dist/bin/next'), 'dev', '--port', String(port)],
  // The preview's own address is the site's for the editor's links to each page, unless SITE_URL says another.
  { stdio: 'inherit', env: { SITE_URL: `http://localhost:${port}`, ...process.env } },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => {
  backend.close();
  process.exit(code ?? 0);
});

console.log(`\nRedigeringsværktøjet åbner på ${editorAddress}, når forhåndsvisningen er klar.\n`);
void openWhenReady();

/** Opens the editor in the browser once the preview answers, on a machine someone sits at. */
async function openWhenReady() {
  if (!process.stdout.isTTY || process.env.CI) return;
  while ((await fetch(editorAddress).catch(() => undefined))?.ok !== true)
    await new Promise((resolve) => setTimeout(resolve, 1000));
  const [command, ...args] =
    process.platform === 'darwin'
      ? ['open']
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""']
        : ['xdg-open'];
  spawn(command, [...args, editorAddress], { stdio: 'ignore', detached: true })
    .on('error', () => undefined)
    .unref();
}
