/** npm run build:editor — writes deploy/decap/config.yml from the content's schemas and deploy/decap/backend.yml. */
import { readFileSync, writeFileSync } from 'node:fs';

import { loadProjectContent } from '../src/lib/content/load';
import { backendFile, configFile, editorConfigFile } from '../src/lib/editor/config-file';

writeFileSync(configFile, editorConfigFile(loadProjectContent(), readFileSync(backendFile, 'utf8')));
console.log(`Wrote ${configFile}`);
