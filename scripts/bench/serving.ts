/**
 * The shipped nginx configuration against a plain nginx on the same files, side by side: rounds that
 * alternate the two, so a busy moment of the machine falls on both alike.
 */
import { wrk, type LoadRun } from './wrk';

export interface Server {
  origin: string;
  /** The address of the page measured on this server (the plain one has no pretty URLs). */
  path: string;
  pid: number;
}

export interface ServingComparison {
  connections: number;
  seconds: number;
  rounds: { ours: LoadRun; plain: LoadRun }[];
  /** Median over the rounds of ours ÷ plain in requests per second. */
  requestsRatio: number;
  /** Median over the rounds of plain ÷ ours in workers' CPU time per request: above 1, ours costs less. */
  cpuRatio: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function compareServing(
  ours: Server,
  plain: Server,
  { rounds, seconds, connections }: { rounds: number; seconds: number; connections: number },
): ServingComparison {
  const results: ServingComparison['rounds'] = [];
  for (let round = 0; round < rounds; round += 1) {
    const run = (server: Server) =>
      wrk(server.origin, [server.path], { connections, seconds, serverPid: server.pid });
    // Alternate which goes first, so neither always follows the other's load.
    const [first, second] = round % 2 === 0 ? [ours, plain] : [plain, ours];
    const firstRun = run(first);
    const secondRun = run(second);
    results.push(
      first === ours ? { ours: firstRun, plain: secondRun } : { ours: secondRun, plain: firstRun },
    );
  }
  return {
    connections,
    seconds,
    rounds: results,
    requestsRatio: median(results.map((r) => r.ours.requestsPerSecond / r.plain.requestsPerSecond)),
    cpuRatio: median(
      results.map((r) => r.plain.cpuMicrosecondsPerRequest / r.ours.cpuMicrosecondsPerRequest),
    ),
  };
}
