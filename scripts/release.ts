/**
 * npm run release -- <root> [--rollback] — publishes the publication (out/, or PERSONDATA_OUT_DIR) as a
 * new release under <root> and switches <root>/current to it atomically; with --rollback, switches back to
 * the release before. See scripts/lib/release.ts and deploy/README.md.
 */
import { buildFolders, releasesKept } from '../src/config/environment';
import { release, ReleaseRefused, rollback } from './lib/release';

const args = process.argv.slice(2);
const roots = args.filter((arg) => !arg.startsWith('-'));
const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--rollback');

function run(): string {
  if (roots.length !== 1 || unknown.length > 0)
    throw new ReleaseRefused(
      'Usage: npm run release -- <root> [--rollback], e.g. npm run release -- /srv/persondata',
    );
  const root = roots[0]!;
  if (args.includes('--rollback')) {
    const { from, to } = rollback(root);
    return `${root}/current now serves release ${to} (was ${from}).`;
  }
  const { id, previous, removed } = release(root, buildFolders.publication, { kept: releasesKept });
  return [
    `${root}/current now serves release ${id}${previous ? ` (was ${previous})` : ''}.`,
    ...(removed.length > 0
      ? [`Removed releases beyond the ${releasesKept} kept: ${removed.join(', ')}.`]
      : []),
  ].join('\n');
}

try {
  console.log(run());
} catch (error) {
  if (!(error instanceof ReleaseRefused)) throw error;
  console.error(`Refused; current is unchanged. ${error.message}`);
  process.exitCode = 1;
}
