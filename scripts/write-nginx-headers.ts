/** npm run build:nginx — writes deploy/nginx/security-headers.conf from src/config/security-headers.ts. */
import { writeFileSync } from 'node:fs';

import { nginxSecurityHeaders } from '../src/config/security-headers';

writeFileSync('deploy/nginx/security-headers.conf', nginxSecurityHeaders());
console.log('Wrote deploy/nginx/security-headers.conf');
