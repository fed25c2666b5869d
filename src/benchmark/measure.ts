/** Measures one round on the host: wall time, CPU time and the main thread's event-loop delay. */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ProcessUsage, RoundSample } from './protocol';

/** Sampling interval of the event-loop delay histogram; its values include it, so it is subtracted. */
export const LOOP_RESOLUTION_MS = 10;

export interface RoundHooks {
  /** Untimed: build arguments; returns the child processes' usage before the round (none for threads). */
  prepare(): Promise<ProcessUsage[]>;
  /** The timed part. */
  run(): Promise<void>;
  /** Untimed: the child processes' usage after the round, in the order of `prepare`'s. */
  childUsage(): Promise<ProcessUsage[]>;
}

export async function measureRound(hooks: RoundHooks): Promise<RoundSample> {
  const childrenBefore = await hooks.prepare();
  const histogram = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  histogram.enable();
  // The histogram records the gap between two ticks of its timer: let it tick once before the round,
  // so that a round that blocks the loop from its first instruction is still seen.
  await sleep(LOOP_RESOLUTION_MS * 2 + 5);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  try {
    await hooks.run();
  } catch (error) {
    histogram.disable();
    throw error;
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  // One more tick records the delay that ends with the round (a blocked loop only ticks once it is free).
  await sleep(LOOP_RESOLUTION_MS + 5);
  histogram.disable();
  const childrenAfter = await hooks.childUsage();
  const childCpuMs = childrenAfter.reduce((sum, after, index) => sum + after.cpuMs - (childrenBefore[index]?.cpuMs ?? 0), 0);
  return {
    wallMs,
    // process.cpuUsage() covers every thread of this process: the main thread and the worker threads.
    cpuMs: (cpu.user + cpu.system) / 1000 + childCpuMs,
    eventLoopDelayMaxMs: delayMs(histogram.max),
    eventLoopDelayP99Ms: delayMs(histogram.percentile(99)),
  };
}

/** Histogram nanoseconds (tick interval included) to the delay beyond the interval, in ms. */
function delayMs(nanoseconds: number): number {
  if (!Number.isFinite(nanoseconds) || nanoseconds <= 0) return 0;
  return Math.max(0, nanoseconds / 1e6 - LOOP_RESOLUTION_MS);
}
