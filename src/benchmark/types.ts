/** Public types of the micro-benchmark: its options, its progress events and its report (issue 4's JSON contract). */
import type { Classification } from '../analyzer/types';

export const STRATEGY_NAMES = ['sequential', 'async', 'worker-threads', 'child-process', 'worker-threads+async'] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

export const BUILTIN_WORKLOADS = ['cpu', 'io', 'mixed'] as const;
export type BuiltinWorkloadName = (typeof BUILTIN_WORKLOADS)[number];

/** How the `io` built-in waits: on a timer, or on a loopback TCP round trip whose reply is delayed by the wait. */
export type IoMode = 'timer' | 'socket';

export type WorkloadOptions =
  | {
    kind: 'builtin';
    name: BuiltinWorkloadName;
    /** cpu: computation per task (calibrated, default 200); io: wait per task (default 1000); mixed: each part (default 200). */
    taskMs?: number;
    /** io and mixed: what the wait is (default timer). */
    io?: IoMode;
  }
  | {
    kind: 'function';
    /** A .js/.ts file (resolved against the current directory). */
    file: string;
    /** An exported or top-level function of that file (`default` for a default export). */
    functionName: string;
    /**
     * Arguments: JSON (an array is the argument list, anything else the single argument) or, when it is not
     * JSON, a JavaScript expression evaluated in the benchmark's processes and workers, never in the caller.
     * Overrides a `@benchmark args` tag.
     */
    args?: string;
  };

export interface BenchmarkOptions {
  workload: WorkloadOptions;
  /** Tasks per round (default: `@benchmark tasks`, else 5). */
  tasks?: number;
  /** Strategies to compare, in this order (default: all but worker-threads+async, which is added for mixed workloads). */
  strategies?: readonly StrategyName[];
  /** Timed rounds per strategy (default 5), unless the time budget runs out first (then at least 2). */
  rounds?: number;
  /** Untimed rounds per strategy before timing (default 1). */
  warmupRounds?: number;
  /** Per strategy: stop adding timed rounds once this much time went by and 2 rounds are done (default 5 000). */
  timeBudgetMs?: number;
  /** Limit for one round (default 60 000), and for a pool start-up (at least 15 000): past it, the function is stopped. */
  timeoutMs?: number;
  /** Workers or child processes in a pool (default min(tasks, os.availableParallelism())). */
  poolSize?: number;
  /** Where relative paths start (default process.cwd()). */
  cwd?: string;
}

export type BenchmarkPhase = 'prepare' | 'calibrate' | 'bundle' | 'start' | 'warmup' | 'round' | 'done' | 'error';

/** What `onProgress` receives: plain data, safe to serialise (the CLI prints it as JSON lines with --progress json). */
export interface BenchmarkProgress {
  phase: BenchmarkPhase;
  /** A one-line description, e.g. "worker-threads: round 3/5 (512 ms)". */
  message: string;
  strategy?: StrategyName;
  /** 1-based position of the strategy and the number of strategies. */
  strategyIndex?: number;
  strategyCount?: number;
  /** 1-based timed round and the planned number of rounds. */
  round?: number;
  rounds?: number;
  wallMs?: number;
}

export interface BenchmarkHooks {
  /** Cancels the run: every process and worker is stopped, temp files are removed, the promise rejects with an AbortError. */
  signal?: AbortSignal;
  onProgress?: (progress: BenchmarkProgress) => void;
  /** What the benchmarked code writes to stdout/stderr (default: dropped). */
  onOutput?: (text: string) => void;
}

// ---- the report: exactly the JSON contract of issue 4 (`JSON.stringify(report)` is the CLI's --format json)

export interface WallTimeStats {
  median: number;
  min: number;
  max: number;
  /** Relative margin of error of the mean at 95% (Student t), in percent. */
  rme: number;
}

export interface StrategyReport {
  name: StrategyName;
  wallMs: WallTimeStats;
  /** Timed rounds (warm-up rounds excluded). */
  rounds: number;
  /** Time to start the pool and load the workload in every worker or process (0 on the main thread). */
  startupMs: number;
  /** CPU time per round (median): the benchmark process with its worker threads, plus its child processes. */
  cpuMs: number;
  /** Delay of the main thread's event loop during the timed rounds (max of all rounds, median of the rounds' p99). */
  eventLoopDelayMs: { max: number; p99: number };
  /** Peak resident set size: the benchmark process (threads included) plus the peaks of its child processes. */
  peakRssMb: number;
  /** Sequential median / this median (0 without a sequential baseline or after an error). */
  speedup: number;
  /** Why the strategy failed (message and stack), when it did. */
  error?: string;
}

export interface BenchmarkVerdict {
  /** The recommended strategy, or "none" when every strategy failed. */
  best: StrategyName | 'none';
  /** The static analysis' classification of the function (built-ins: what they are). */
  classification: Classification;
  summary: string;
}

export interface BenchmarkReport {
  version: 1;
  workload: { kind: 'builtin' | 'function'; name: string; tasks: number };
  machine: { cpus: number; node: string };
  strategies: StrategyReport[];
  verdict: BenchmarkVerdict;
}
