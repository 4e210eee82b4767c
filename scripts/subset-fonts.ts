/**
 * npm run build:fonts — cuts DKFDS's IBM Plex Sans (Regular and SemiBold, Latin-1 files) down to the
 * characters of Danish and English and writes the result to src/styles/fonts/, which next/font/local
 * serves. Run it after changing `fontCharacters` or updating dkfds: a unit test fails while the
 * committed files are out of step.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { plexSubsets, projectRoot, subsetPlex } from './lib/font-subset';

for (const { source, target } of plexSubsets) {
  const subset = await subsetPlex(source);
  writeFileSync(path.join(projectRoot, target), subset);
  console.log(`${target}: ${subset.length} bytes (from ${path.basename(source)})`);
}
