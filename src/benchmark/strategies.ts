/** The five ways to run N tasks, as the host runs them. Set up once per strategy (pools started and loaded). */
import { ExecutorPool } from './pool';
import type { ProcessUsage, WorkloadSpec } from './protocol';
import type { RoundHooks } from './measure';
import { consume, TaskRuntime } from './task-runtime';
import type { StrategyName } from './types';

export interface PreparedStrategy {
  /** Time to start the pool and load the workload in every member (0 on the main thread). */
  startupMs: number;
  /** Child processes to kill if the host gets stuck. */
  childPids: number[];
  round(tasks: number): RoundHooks;
  /** Peak RSS of the child processes in kB (the host's own is measured by the host). */
  childPeakRssKb(): number;
  stop(): void;
}

const onMainThread = (runRound: (runtime: TaskRuntime, tasks: number) => Promise<void>) =>
  (workload: WorkloadSpec): PreparedStrategy => {
    const runtime = TaskRuntime.load(workload);
    return {
      startupMs: 0,
      childPids: [],
      round: (tasks) => ({
        prepare: async () => {
          runtime.prepare(tasks);
          return [];
        },
        run: () => runRound(runtime, tasks),
        childUsage: async () => [],
      }),
      childPeakRssKb: () => 0,
      stop: () => undefined,
    };
  };

const inPool = (kind: 'threads' | 'processes', concurrentShares: boolean) =>
  async (workload: WorkloadSpec, poolSize: number): Promise<PreparedStrategy> => {
    const { pool, startupMs } = await ExecutorPool.start(kind, poolSize, workload);
    const childUsage = async (): Promise<ProcessUsage[]> => {
      const usage = await pool.usage();
      return kind === 'processes' ? usage : [];
    };
    return {
      startupMs,
      childPids: pool.childPids,
      round: (tasks) => ({
        prepare: async () => {
          const usage = await pool.prepare(tasks);
          return kind === 'processes' ? usage : [];
        },
        run: () => (concurrentShares ? pool.runSplit(tasks) : pool.runEach(tasks)),
        childUsage,
      }),
      childPeakRssKb: () => pool.childPeakRssKb(),
      stop: () => pool.stop(),
    };
  };

type Setup = (workload: WorkloadSpec, poolSize: number) => PreparedStrategy | Promise<PreparedStrategy>;

const SETUPS: Record<StrategyName, Setup> = {
  /** One task after another on the main thread, each awaited. */
  sequential: onMainThread(async (runtime, tasks) => {
    // concurrency-advisor-disable-next-line await-in-loop-independent -- one after another is the point
    for (let i = 0; i < tasks; i++) consume(await runtime.call());
  }),
  /** All tasks started together on the main thread, awaited with Promise.all. */
  async: onMainThread(async (runtime, tasks) => {
    consume(await runtime.run(tasks, true));
  }),
  /** A pool of worker threads, one task at a time each. */
  'worker-threads': inPool('threads', false),
  /** A pool of forked processes, one task at a time each. */
  'child-process': inPool('processes', false),
  /** A pool of worker threads, each starting its share of the tasks together. */
  'worker-threads+async': inPool('threads', true),
};

export function setUpStrategy(name: StrategyName, workload: WorkloadSpec, poolSize: number): Promise<PreparedStrategy> {
  return Promise.resolve().then(() => SETUPS[name](workload, poolSize));
}
