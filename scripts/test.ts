/**
 * npm test: everything CI checks, stage by stage, stopping at the first that fails, and ending with one
 * line per stage and its time so every CI log shows the test budget (8 minutes on 2 cores; see
 * CONTRIBUTING.md). The preview's end-to-end tests run `next dev` in this checkout before the build, so
 * every run also proves that a build works after the preview.
 */
import { spawnSync } from 'node:child_process';

interface Stage {
  name: string;
  /** npm scripts run in turn. */
  scripts: string[];
}

const stages: Stage[] = [
  { name: 'format', scripts: ['format:check'] },
  { name: 'lint and types', scripts: ['check:code'] },
  { name: 'unit tests', scripts: ['test:unit'] },
  { name: 'preview end-to-end', scripts: ['test:e2e:preview'] },
  { name: 'build', scripts: ['build'] },
  { name: 'links and HTML', scripts: ['check:links', 'check:html'] },
  { name: 'site end-to-end', scripts: ['test:e2e:site'] },
];

// The build and the end-to-end tests agree on the address the site is published at.
const env = { ...process.env, SITE_URL: 'http://localhost:3000', npm_config_loglevel: 'notice' };

const minutes = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

const timings: string[] = [];
const started = Date.now();
let failed: string | undefined;
for (const stage of stages) {
  const stageStarted = Date.now();
  const ok = stage.scripts.every(
    (script) => spawnSync('npm', ['run', script], { stdio: 'inherit', env }).status === 0,
  );
  timings.push(
    `${stage.name.padEnd(20)} ${minutes(Date.now() - stageStarted).padStart(6)}${ok ? '' : '  FAILED'}`,
  );
  if (!ok) {
    failed = stage.name;
    break;
  }
}

console.log(`\nnpm test, stage by stage (minutes:seconds):`);
for (const line of timings) console.log(`  ${line}`);
console.log(`  ${'total'.padEnd(20)} ${minutes(Date.now() - started).padStart(6)}`);
if (failed) console.log(`npm test failed at: ${failed}`);
process.exitCode = failed ? 1 : 0;
