/**
 * npm run check:content — validates content/ and prints every problem in plain lines, so an editor
 * sees what to fix before the build starts. Exits 1 on problems.
 */
import path from 'node:path';
import { ContentError } from '../src/lib/content/errors';
import { loadContent } from '../src/lib/content/load';

try {
  const { authorities, agreements } = loadContent(path.resolve('content'));
  const purposes = authorities.reduce((count, authority) => count + authority.purposes.length, 0);
  console.log(`Content OK: ${authorities.length} authorities, ${purposes} purposes, ${agreements.length} agreements.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
