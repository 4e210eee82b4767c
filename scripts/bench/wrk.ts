/**
 * Load with wrk, a C client: Node's own load clients share the two cores with the server and become the
 * bottleneck, measuring themselves rather than nginx. Besides wrk's figures, each run reads the CPU time the
 * server's workers spent, which a busy machine disturbs far less than requests per second.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface LoadRun {
  requests: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  bytesPerRequest: number;
  /** Answers other than 2xx and 3xx, and connections that failed or timed out. */
  errors: number;
  /** CPU time the server's worker processes spent per request, in microseconds. */
  cpuMicrosecondsPerRequest: number;
}

/** Stops the benchmark early, with the way to install wrk, when it is missing. */
export function requireWrk(): void {
  if (spawnSync('wrk', ['--version']).error)
    throw new Error('npm run bench needs wrk, a load client in C. On Debian: apt-get install -y wrk');
}

const milliseconds = (value: string) => {
  const [, number, unit] = /^([\d.]+)(us|ms|s|m|h)$/.exec(value) ?? [];
  if (!unit) throw new Error(`wrk reported a latency this does not read: ${value}`);
  return (
    Number(number) * { us: 0.001, ms: 1, s: 1e3, m: 6e4, h: 36e5 }[unit as 'us' | 'ms' | 's' | 'm' | 'h']
  );
};
const bytes = (value: string) => {
  const [, number, unit] = /^([\d.]+)(B|KB|MB|GB)$/.exec(value)!;
  return Number(number) * 1024 ** ['B', 'KB', 'MB', 'GB'].indexOf(unit!);
};
const figure = (output: string, pattern: RegExp) => pattern.exec(output)?.[1] ?? '0';

/** CPU time (clock ticks) of the worker processes of the nginx master `pid`, from /proc. */
function workersCpu(pid: number): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // After the command: state, ppid, …; utime and stime are fields 14 and 15 of the whole line.
      if (Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks;
}
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/**
 * `seconds` of load on `origin` from `connections` connections, brotli accepted, requesting `paths` in
 * turn; `serverPid` is the nginx master whose workers' CPU time is read.
 */
export function wrk(
  origin: string,
  paths: readonly string[],
  { connections, seconds, serverPid }: { connections: number; seconds: number; serverPid: number },
): LoadRun {
  const before = workersCpu(serverPid);
  const { stdout } = spawnSync(
    'wrk',
    [
      '--threads=1',
      `--connections=${connections}`,
      `--duration=${seconds}s`,
      '--latency',
      '--header=Accept-Encoding: br, gzip',
      `--script=${path.join(import.meta.dirname, 'paths.lua')}`,
      origin,
      '--',
      ...paths,
    ],
    { encoding: 'utf8' },
  );
  const cpuTicks = workersCpu(serverPid) - before;
  const requests = Number(figure(stdout, /(\d+) requests in/));
  if (!requests) throw new Error(`wrk made no request:\n${stdout}`);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/
    .exec(stdout)
    ?.slice(1)
    .reduce((sum, count) => sum + Number(count), 0);
  return {
    requests,
    requestsPerSecond: Number(figure(stdout, /Requests\/sec:\s+([\d.]+)/)),
    latencyP50: milliseconds(figure(stdout, /^\s+50%\s+(\S+)/m)),
    latencyP99: milliseconds(figure(stdout, /^\s+99%\s+(\S+)/m)),
    bytesPerRequest: Math.round(bytes(figure(stdout, /requests in [\d.]+\w+, (\S+) read/)) / requests),
    errors: Number(figure(stdout, /Non-2xx or 3xx responses: (\d+)/)) + (socketErrors ?? 0),
    cpuMicrosecondsPerRequest: ((cpuTicks / ticksPerSecond) * 1e6) / requests,
  };
}
