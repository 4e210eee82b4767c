/**
 * The long run: minutes of load on the shipped configuration, its latency and memory over time; then a
 * fault, the publication folder unreadable for a moment, and whether nginx recovers by itself.
 */
import { chmodSync, statSync } from 'node:fs';

import { notFoundPathFor } from '../../src/config/routes';
import { securityHeaders } from '../../src/config/security-headers';
import { treeMemory } from './measure';
import type { Server } from './serving';
import { wrk } from './wrk';

export interface SoakSlice {
  /** Seconds since the soak began, at the slice's end. */
  atSecond: number;
  requestsPerSecond: number;
  latencyP99: number;
  errors: number;
}

export interface Soak {
  seconds: number;
  connections: number;
  paths: string[];
  requests: number;
  errors: number;
  slices: SoakSlice[];
  memoryMiB: { start: number; end: number };
}

export function soak(
  server: Omit<Server, 'path'>,
  paths: string[],
  { seconds, connections }: { seconds: number; connections: number },
): Soak {
  const slice = Math.max(5, Math.round(seconds / 20));
  const start = treeMemory(server.pid) / 1024;
  const slices: SoakSlice[] = [];
  let requests = 0;
  for (let elapsed = 0; elapsed < seconds; elapsed += slice) {
    const run = wrk(server.origin, paths, { connections, seconds: slice, serverPid: server.pid });
    requests += run.requests;
    slices.push({
      atSecond: elapsed + slice,
      requestsPerSecond: run.requestsPerSecond,
      latencyP99: run.latencyP99,
      errors: run.errors,
    });
  }
  return {
    seconds,
    connections,
    paths,
    requests,
    errors: slices.reduce((sum, { errors }) => sum + errors, 0),
    slices,
    memoryMiB: { start, end: treeMemory(server.pid) / 1024 },
  };
}

export interface FaultAnswer {
  path: string;
  status: number;
  /** Whether the error carried every security header of its address. */
  securityHeaders: boolean;
}

export interface Fault {
  /** What each address answered while the publication was unreadable. */
  answers: FaultAnswer[];
  /** Seconds from making the folder readable again until every address answered 200. */
  recoveredAfterSeconds: number;
  /** Whether the same nginx process answered throughout: no restart. */
  sameProcess: boolean;
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Asks for `url` every 100 ms until `done` accepts the status, for at most 30 s; the last answer. */
async function answerWhen(url: string, done: (status: number) => boolean) {
  for (let attempt = 0; ; attempt += 1) {
    const response = await fetch(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
    await response.arrayBuffer();
    if (done(response.status) || attempt === 300) return response;
    await pause(100);
  }
}

/**
 * Makes `folder` (the release nginx serves) unreadable until every one of `paths` answers an error
 * (nginx's file cache may serve a file a little longer), then readable again, and waits for recovery.
 */
export async function unreadableFolder(
  server: Omit<Server, 'path'>,
  folder: string,
  paths: string[],
): Promise<Fault> {
  const mode = statSync(folder).mode & 0o7777;
  const answers: FaultAnswer[] = [];
  chmodSync(folder, 0);
  try {
    for (const path of paths) {
      const response = await answerWhen(`${server.origin}${path}`, (status) => status !== 200);
      const sent = response.headers;
      answers.push({
        path,
        status: response.status,
        // A 404 is the language's 404 page, with that page's headers.
        securityHeaders: securityHeaders({
          path: response.status === 404 ? notFoundPathFor(path) : path,
          https: false,
        }).every(({ key, value }) => sent.get(key) === value),
      });
    }
  } finally {
    chmodSync(folder, mode);
  }
  const restored = performance.now();
  for (const path of paths) await answerWhen(`${server.origin}${path}`, (status) => status === 200);
  let alive = true;
  try {
    process.kill(server.pid, 0);
  } catch {
    alive = false;
  }
  return { answers, recoveredAfterSeconds: (performance.now() - restored) / 1000, sameProcess: alive };
}
