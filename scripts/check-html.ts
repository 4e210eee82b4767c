/**
 * npm run check:html — after a build: every page of the publication (out/**\/*.html) is valid HTML for
 * the W3C Nu Html Checker (npm vnu-jar, on Debian's Java: default-jre-headless), all pages in one run of
 * the checker. Prints each error with its file and line; exits 1 on any.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { buildFolders } from '../src/config/environment';
import { htmlErrors, type NuMessage } from './lib/html-check';

const publication = path.resolve(buildFolders.publication);
const pages = readdirSync(publication, { recursive: true }).filter((file) => String(file).endsWith('.html'));
if (pages.length === 0) {
  console.error(`No pages in ${buildFolders.publication}/: run npm run build first.`);
  process.exit(1);
}

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const checker = spawnSync(
  'java',
  ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', publication],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
if (checker.error) {
  console.error(`The HTML check needs Java (${checker.error.message}): apt-get install default-jre-headless`);
  process.exit(1);
}

let messages: NuMessage[];
try {
  // The checker writes its JSON report to standard error.
  messages = (JSON.parse(checker.stderr) as { messages: NuMessage[] }).messages;
} catch {
  console.error(`The HTML checker failed (exit ${checker.status}):\n${checker.stderr}`);
  process.exit(1);
}
const errors = htmlErrors(messages, publication);
for (const error of errors) console.error(`${buildFolders.publication}/${error}`);
if (errors.length > 0) {
  console.error(
    `${errors.length} HTML ${errors.length === 1 ? 'error' : 'errors'} in ${pages.length} pages.`,
  );
  process.exit(1);
}
console.log(`${pages.length} pages of ${buildFolders.publication}/ are valid HTML.`);
