/**
 * npm run bench:check — the content check's figures alone (see content-check.ts), without the builds and
 * servers of npm run bench: on the project's content and on a generated set of 1,000 notices.
 */
import {
  timeGeneratedContentCheck,
  timeProjectContentCheck,
  type ContentCheckFigures,
} from './content-check';

const line = (name: string, { fullSeconds, draftSeconds }: ContentCheckFigures) =>
  `${name}: the whole check ${fullSeconds.toFixed(2)} s; one draft against the rest ${draftSeconds.toFixed(3)} s`;

console.log(line('The project’s content', timeProjectContentCheck()));
console.log(line('1,000 generated notices', timeGeneratedContentCheck(1000)));
