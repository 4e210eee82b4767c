/** npm run build:nginx — writes the header files of deploy/nginx/ from src/config/security-headers.ts. */
import { writeFileSync } from 'node:fs';

import { nginxHeaderFiles } from '../src/config/security-headers';

for (const [name, text] of Object.entries(nginxHeaderFiles())) {
  writeFileSync(`deploy/nginx/${name}`, text);
  console.log(`Wrote deploy/nginx/${name}`);
}
