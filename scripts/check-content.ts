/**
 * npm run check:content [-- --json] [--verbose] [path …]: checks the content, every problem of every file
 * (src/lib/content/check.ts), and reports in Danish: errors first, then warnings, a summary per authority
 * and a verdict. Given paths, it reports on those files only (the others are still read: links and
 * references need them). Exits 1 on errors, so the build stops; 0 with only warnings.
 */
import { checkContentCommand } from './lib/check-content';
import { finish, projectFolder } from './lib/command';

finish(checkContentCommand(process.argv.slice(2), projectFolder()));
