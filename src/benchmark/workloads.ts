/** The built-in workloads: what one task of `cpu`, `io` and `mixed` does. */
import { setTimeout as sleep } from 'node:timers/promises';
import { roundTrip } from './loopback';
import type { WorkloadSpec } from './protocol';

/** The article's CPU-bound task: sum the integers below `iterations`. */
export function sumLoop(iterations: number): number {
  let total = 0;
  for (let i = 0; i < iterations; i++) total += i;
  return total;
}

/** An I/O wait that leaves the thread free: a timer, or a loopback round trip answered after the wait. */
export async function ioWait(waitMs: number, port: number | undefined): Promise<number> {
  if (port === undefined) {
    await sleep(waitMs);
    return waitMs;
  }
  return roundTrip(port);
}

type BuiltinSpec = Exclude<WorkloadSpec, { kind: 'function' }>;

/** One task of a built-in workload, as a function of no arguments. */
export function builtinTask(spec: BuiltinSpec): () => unknown {
  switch (spec.kind) {
    case 'cpu':
      return () => sumLoop(spec.iterations);
    case 'io':
      return () => ioWait(spec.waitMs, spec.mode === 'socket' ? requirePort(spec.port) : undefined);
    case 'mixed':
      return async () => {
        await ioWait(spec.waitMs, spec.mode === 'socket' ? requirePort(spec.port) : undefined);
        return sumLoop(spec.iterations);
      };
  }
}

function requirePort(port: number | undefined): number {
  if (port === undefined) throw new Error('the loopback server was not started');
  return port;
}

/**
 * Iterations of `sumLoop` that take about `targetMs` of CPU time on this thread: warm the loop up, double the
 * size until one run takes 40 ms, then scale the fastest of three runs to the target. CPU time, not wall time,
 * so that a busy machine does not shrink the tasks (this process runs nothing else meanwhile).
 */
export function calibrateSumLoop(targetMs: number): number {
  let sink = 0;
  for (let i = 0; i < 20; i++) sink += sumLoop(100_000);
  let iterations = 1_000_000;
  for (;;) {
    const elapsed = timeSumLoop(iterations, (value) => { sink += value; });
    if (elapsed >= 40 || iterations >= 2 ** 40) break;
    iterations *= 2;
  }
  let best = Infinity;
  for (let i = 0; i < 3; i++) best = Math.min(best, timeSumLoop(iterations, (value) => { sink += value; }));
  if (sink === -1) throw new Error('unreachable'); // keeps the sums alive
  return Math.max(1, Math.round((iterations * targetMs) / best));
}

function timeSumLoop(iterations: number, consume: (value: number) => void): number {
  const start = process.cpuUsage();
  consume(sumLoop(iterations));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
