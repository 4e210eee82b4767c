/**
 * npm run translation:reviewed -- <translation or Danish file> [field …] — marks the fields (all, when none
 * is named) of a translation, or of every translation of a Danish file, as translated from the Danish text
 * as it is now. With --all, every field of every translation. Its messages are for editors, in Danish.
 */
import { finish, projectFolder } from './lib/command';
import { translationReviewedCommand } from './lib/translation-reviewed';

finish(translationReviewedCommand(process.argv.slice(2), projectFolder()));
