/**
 * Messages between the runner (the caller's process), the benchmark host (a child process whose main thread
 * is the "main thread" being measured) and the host's executors (worker threads or child processes).
 * Every request carries an id that its answer repeats; task runs are keyed by that id.
 */
import type { IoMode, StrategyName } from './types';

/** A workload ready to load anywhere: built-ins with their calibrated sizes, functions with their bundle. */
export type WorkloadSpec =
  | { kind: 'cpu'; iterations: number }
  | { kind: 'io'; waitMs: number; mode: IoMode; port?: number }
  | { kind: 'mixed'; waitMs: number; iterations: number; mode: IoMode; port?: number }
  | {
    kind: 'function';
    /** The esbuild bundle (CommonJS) in the run's temp folder. */
    bundlePath: string;
    /** The user's file, for `require` in argument expressions and for messages. */
    sourceFile: string;
    functionName: string;
    args: ArgsSpec;
  };

export type ArgsSpec =
  | { kind: 'none' }
  | { kind: 'json'; text: string }
  | { kind: 'expression'; source: string };

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

/** CPU time and peak memory of one process so far. */
export interface ProcessUsage {
  /** process.cpuUsage() user + system, in ms. */
  cpuMs: number;
  /** process.resourceUsage().maxRSS, in kB. */
  maxRssKb: number;
}

// ---- runner -> host

export type HostRequest =
  | { type: 'calibrate'; id: number; targetMs: number }
  | { type: 'setup'; id: number; strategy: StrategyName; workload: WorkloadSpec; tasks: number; poolSize: number }
  | { type: 'round'; id: number }
  | { type: 'teardown'; id: number }
  /** Stop now: terminate workers, kill child processes, exit. Not answered. */
  | { type: 'stop' };

export interface RoundSample {
  wallMs: number;
  cpuMs: number;
  eventLoopDelayMaxMs: number;
  eventLoopDelayP99Ms: number;
}

export type HostResponse =
  | { type: 'calibrated'; id: number; iterations: number }
  | { type: 'ready'; id: number; startupMs: number }
  | { type: 'round-done'; id: number; sample: RoundSample }
  | { type: 'torn-down'; id: number; peakRssMb: number }
  | { type: 'failed'; id: number; error: SerializedError }
  /** Child processes of the pool, so the runner can kill them even when the host is stuck. */
  | { type: 'children'; pids: number[] }
  /** An error outside any request (e.g. an exception thrown from a timer of the user's code). */
  | { type: 'fatal'; error: SerializedError };

// ---- host -> executor (worker thread or child process)

export type ExecutorRequest =
  | { type: 'init'; id: number; workload: WorkloadSpec }
  /** Build the arguments of `count` calls ahead of the timed round. */
  | { type: 'prepare'; id: number; count: number }
  /** Run `count` calls, one after another or all started together; answer with their results. */
  | { type: 'run'; id: number; count: number; concurrent: boolean }
  | { type: 'usage'; id: number };

export type ExecutorResponse =
  | { type: 'ready'; id: number }
  | { type: 'prepared'; id: number; usage: ProcessUsage }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'usage'; id: number; usage: ProcessUsage }
  | { type: 'failed'; id: number; error: SerializedError }
  | { type: 'fatal'; error: SerializedError };

/** argv[2] of the child entry script. */
export type ChildRole = 'host' | 'executor';
