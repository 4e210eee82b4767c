/**
 * npm test: everything CI checks, in two lanes side by side, each stage by stage; the first stage that
 * fails stops both lanes. It ends with one line per stage and its time so every CI log shows the test
 * budget (8 minutes on 2 cores; see CONTRIBUTING.md).
 *
 * The preview's end-to-end tests need no build, so they run beside the main lane: the format check and
 * the lint use one core, and the build much of its time one, and the preview's `next dev` and browser
 * take the other instead of waiting for them. `next dev` keeps its files in .next/dev and the build in
 * out/, so the two share the checkout, and every run shows that a build works beside the preview. The
 * main lane prints as it goes; the preview's lane prints its output when it ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Stage {
  name: string;
  /** npm scripts run in turn. */
  scripts: string[];
}

const mainLane: Stage[] = [
  { name: 'format', scripts: ['format:check'] },
  { name: 'lint and types', scripts: ['check:code'] },
  { name: 'unit tests', scripts: ['test:unit'] },
  { name: 'build', scripts: ['build'] },
  { name: 'links and HTML', scripts: ['check:links', 'check:html'] },
  { name: 'site end-to-end', scripts: ['test:e2e:site'] },
];
const previewLane: Stage[] = [{ name: 'preview end-to-end', scripts: ['test:e2e:preview'] }];

// The build and the end-to-end tests agree on the address the site is published at.
const env = { ...process.env, SITE_URL: 'http://localhost:3000', npm_config_loglevel: 'notice' };

const minutes = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/** The scripts running now; each leads a process group of its own, so stopping it stops its servers. */
const running = new Set<ChildProcess>();
/** The stage that failed first, which stops every lane. */
let failed: string | undefined;

function stopAll(signal: NodeJS.Signals) {
  for (const child of running) {
    // The group may have ended between the script's exit and its 'close'.
    try {
      process.kill(-child.pid!, signal);
    } catch {}
  }
}

/** Runs an npm script, its output to the terminal or into `output`; true when it passed. */
function runScript(script: string, output?: string[]): Promise<boolean> {
  const child = spawn('npm', ['run', script], {
    env,
    detached: true,
    // No input: a script in a process group of its own would be stopped if it read from the terminal.
    stdio: ['ignore', output ? 'pipe' : 'inherit', output ? 'pipe' : 'inherit'],
  });
  running.add(child);
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (data) => output?.push(String(data)));
  return new Promise((resolve) =>
    child.on('close', (code) => {
      running.delete(child);
      resolve(code === 0);
    }),
  );
}

/** Runs a stage's scripts in turn: passed, FAILED, or stopped because a stage of another lane failed. */
async function runStage(stage: Stage, output?: string[]) {
  for (const script of stage.scripts) {
    if (failed) return 'stopped';
    if (!(await runScript(script, output))) return failed ? 'stopped' : 'FAILED';
  }
  return 'passed';
}

/** Runs a lane's stages in turn until one fails or another lane's has; the time of each stage run. */
async function runLane(stages: Stage[], output?: string[]) {
  const timings: string[] = [];
  for (const stage of stages) {
    if (failed) break;
    const started = Date.now();
    const result = await runStage(stage, output);
    timings.push(
      `${stage.name.padEnd(20)} ${minutes(Date.now() - started).padStart(6)}${result === 'passed' ? '' : `  ${result}`}`,
    );
    if (result === 'FAILED') {
      failed = stage.name;
      stopAll('SIGTERM');
    }
  }
  return timings;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopAll(signal);
    process.exit(130);
  });

const started = Date.now();
const previewOutput: string[] = [];
const [mainTimings, previewTimings] = await Promise.all([
  runLane(mainLane),
  runLane(previewLane, previewOutput).finally(() =>
    console.log(
      `\n── ${previewLane.map((stage) => stage.name).join(', ')}, run beside the others ──\n${previewOutput.join('')}`,
    ),
  ),
]);

console.log(`\nnpm test, stage by stage (minutes:seconds; the preview's lane ran beside the main one):`);
for (const line of [...mainTimings, ...previewTimings]) console.log(`  ${line}`);
console.log(`  ${'total'.padEnd(20)} ${minutes(Date.now() - started).padStart(6)}`);
if (failed) console.log(`npm test failed at: ${failed}`);
process.exitCode = failed ? 1 : 0;
