/**
 * npm run new:purpose -- <authority> <slug> — writes content/purposes/<authority>/<slug>.md from the
 * template, placed last in the authority's list. With --translation <language>, writes instead the
 * translation of that existing notice to fill in, content/translations/<language>/purposes/<authority>/<slug>.md.
 * Its messages are for editors, in Danish.
 */
import { finish, projectFolder } from './lib/command';
import { newNoticeCommand } from './lib/new-notice';

finish(newNoticeCommand(process.argv.slice(2), projectFolder()));
