/**
 * Runs a benchmark: prepares the workload (calibration or bundling), runs each strategy in its own host process
 * (set up and warm up, then timed rounds interleaved across strategies within the time budget, every step under
 * the timeout), and builds the report. No user code runs in the caller's process: a hung function is stopped by
 * stopping processes.
 */
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { bundleUserModule, type UserBundle } from './bundle';
import { abortError } from './errors';
import { HostProcess } from './host-process';
import type { ArgsSpec, WorkloadSpec } from './protocol';
import { StrategySession, type SessionSettings, type StrategyOutcome } from './session';
import { median, roundMs, wallTimeStats } from './statistics';
import { describeFunction } from './target';
import {
  STRATEGY_NAMES,
  type BenchmarkHooks,
  type BenchmarkOptions,
  type BenchmarkProgress,
  type BenchmarkReport,
  type StrategyName,
  type StrategyReport,
} from './types';
import { buildVerdict, evidenceReason, type StaticView } from './verdict';

/** Options that cannot work (bad numbers, a missing file or function): the CLI reports them as usage errors. */
export class BenchmarkOptionsError extends Error {
  override name = 'BenchmarkOptionsError';
}

export const DEFAULTS = {
  tasks: 5,
  rounds: 5,
  warmupRounds: 1,
  timeBudgetMs: 5_000,
  timeoutMs: 60_000,
  taskMs: { cpu: 200, io: 1000, mixed: 200 },
} as const;

const BASE_STRATEGIES: readonly StrategyName[] = ['sequential', 'async', 'worker-threads', 'child-process'];
const MAX_TASKS = 1000;

interface PreparedWorkload {
  spec: WorkloadSpec;
  report: Omit<BenchmarkReport['workload'], 'tasks'>;
  staticView: StaticView;
  /** Defaults from `@benchmark` tags. */
  tags: { tasks?: number; rounds?: number; timeoutMs?: number; strategies?: StrategyName[] };
  bundle?: UserBundle;
}

export async function runBenchmark(options: BenchmarkOptions, hooks: BenchmarkHooks = {}): Promise<BenchmarkReport> {
  const { signal } = hooks;
  const progress = (event: BenchmarkProgress) => hooks.onProgress?.(event);
  checkNumbers(options);
  throwIfAborted(signal);

  const workload = await prepareWorkload(options, hooks);
  try {
    const tasks = options.tasks ?? workload.tags.tasks ?? DEFAULTS.tasks;
    checkWhole('tasks', tasks, 1, MAX_TASKS);
    const cpus = os.availableParallelism();
    const settings: SessionSettings = {
      tasks,
      rounds: options.rounds ?? workload.tags.rounds ?? DEFAULTS.rounds,
      warmupRounds: options.warmupRounds ?? DEFAULTS.warmupRounds,
      timeBudgetMs: options.timeBudgetMs ?? DEFAULTS.timeBudgetMs,
      timeoutMs: options.timeoutMs ?? workload.tags.timeoutMs ?? DEFAULTS.timeoutMs,
      poolSize: options.poolSize ?? Math.min(tasks, cpus),
      cwd: options.cwd,
    };
    const strategies = [...new Set(options.strategies ?? workload.tags.strategies ?? defaultStrategies(workload.staticView))];
    if (strategies.length === 0) throw new BenchmarkOptionsError('no strategies to run');

    const outcomes = await runStrategies(strategies, workload.spec, settings, hooks);
    const report = buildReport(outcomes, workload, tasks, cpus);
    progress({ phase: 'done', message: `done: ${report.verdict.summary}` });
    return report;
  } finally {
    await workload.bundle?.remove();
  }
}

function defaultStrategies(staticView: StaticView): StrategyName[] {
  return staticView.classification === 'mixed' ? [...BASE_STRATEGIES, 'worker-threads+async'] : [...BASE_STRATEGIES];
}

// ---- workload preparation

async function prepareWorkload(options: BenchmarkOptions, hooks: BenchmarkHooks): Promise<PreparedWorkload> {
  const { workload } = options;
  if (workload.kind === 'builtin') return prepareBuiltin(workload, options, hooks);

  const cwd = options.cwd ?? process.cwd();
  const file = path.resolve(cwd, workload.file);
  if (!existsSync(file)) throw new BenchmarkOptionsError(`no such file: ${file}`);
  hooks.onProgress?.({ phase: 'prepare', message: `analyzing ${path.relative(cwd, file) || file}` });
  const target = await describeFunction(file, workload.functionName);
  if (!workload.functionName) {
    const known = target.functionNames.length > 0 ? ` (functions in the file: ${target.functionNames.join(', ')})` : '';
    throw new BenchmarkOptionsError(`which function? Name it with --function NAME${known}`);
  }
  if (!target.analysis && !target.mentioned) {
    throw new BenchmarkOptionsError(
      `no function "${workload.functionName}" in ${file} (functions: ${target.functionNames.join(', ')})`,
    );
  }
  for (const warning of target.tagWarnings) hooks.onProgress?.({ phase: 'prepare', message: `warning: ${warning}` });
  const args = parseArgsSpec(workload.args ?? target.tags.args);
  throwIfAborted(hooks.signal);

  hooks.onProgress?.({ phase: 'bundle', message: `bundling ${path.basename(file)} with esbuild` });
  const bundle = await bundleUserModule(file, workload.functionName);
  const staticView: StaticView = target.analysis
    ? { classification: target.analysis.classification, reason: evidenceReason(target.analysis.evidence) }
    : { classification: 'none', reason: target.analysisError ? `not analyzed: ${target.analysisError}` : 'not found by the analyzer' };
  return {
    spec: { kind: 'function', bundlePath: bundle.bundlePath, sourceFile: file, functionName: workload.functionName, args },
    report: { kind: 'function', name: workload.functionName },
    staticView,
    tags: target.tags,
    bundle,
  };
}

async function prepareBuiltin(
  workload: Extract<BenchmarkOptions['workload'], { kind: 'builtin' }>,
  options: BenchmarkOptions,
  hooks: BenchmarkHooks,
): Promise<PreparedWorkload> {
  const taskMs = workload.taskMs ?? DEFAULTS.taskMs[workload.name];
  checkWhole('taskMs', taskMs, 1, 600_000);
  const mode = workload.io ?? 'timer';
  const wait = mode === 'socket' ? 'loopback socket round trip' : 'timer wait';
  const report = { kind: 'builtin' as const, name: workload.name };
  switch (workload.name) {
    case 'io':
      return { spec: { kind: 'io', waitMs: taskMs, mode }, report, staticView: { classification: 'io', reason: `built-in ${wait} of ${taskMs} ms` }, tags: {} };
    case 'cpu': {
      const iterations = await calibrate(taskMs, options, hooks);
      return {
        spec: { kind: 'cpu', iterations },
        report,
        staticView: { classification: 'cpu', reason: `built-in summing loop, ${iterations.toExponential(2)} additions ~ ${taskMs} ms` },
        tags: {},
      };
    }
    case 'mixed': {
      const iterations = await calibrate(taskMs, options, hooks);
      return {
        spec: { kind: 'mixed', waitMs: taskMs, iterations, mode },
        report,
        staticView: { classification: 'mixed', reason: `built-in ${wait} of ${taskMs} ms, then a summing loop of ~${taskMs} ms` },
        tags: {},
      };
    }
  }
}

/** Sizes the summing loop in a host process (the caller's thread is never blocked). */
async function calibrate(taskMs: number, options: BenchmarkOptions, hooks: BenchmarkHooks): Promise<number> {
  hooks.onProgress?.({ phase: 'calibrate', message: `calibrating the summing loop to ~${taskMs} ms per task` });
  const host = HostProcess.spawn({ cwd: options.cwd, onOutput: hooks.onOutput });
  try {
    const answer = await host.request({ type: 'calibrate', targetMs: taskMs }, 'calibrated', {
      timeoutMs: Math.max(options.timeoutMs ?? DEFAULTS.timeoutMs, 15_000),
      what: 'calibration',
      signal: hooks.signal,
    });
    await host.close();
    return answer.iterations;
  } catch (error) {
    await host.stop();
    throw error;
  }
}

/** JSON, or else a JavaScript expression (only compiled here, to report syntax errors early; it runs in the host). */
export function parseArgsSpec(text: string | undefined): ArgsSpec {
  if (text === undefined || text.trim() === '') return { kind: 'none' };
  try {
    JSON.parse(text);
    return { kind: 'json', text };
  } catch {
    try {
      new vm.Script(`(function (require) { return (${text}\n); })`, { filename: 'benchmark-arguments.js' });
    } catch (error) {
      throw new BenchmarkOptionsError(`the arguments are neither JSON nor a JavaScript expression (${(error as Error).message}): ${text}`);
    }
    return { kind: 'expression', source: text };
  }
}

// ---- the strategies

/**
 * Starts and warms up each strategy in turn (start-up times are not disturbed by one another), then runs the
 * timed rounds interleaved (round 1 of every strategy, then round 2, ...) so that a change in the machine's load
 * affects every strategy alike. Idle hosts wait without using the CPU.
 */
async function runStrategies(
  names: readonly StrategyName[],
  spec: WorkloadSpec,
  settings: SessionSettings,
  hooks: BenchmarkHooks,
): Promise<StrategyOutcome[]> {
  const sessions = names.map((name, index) => new StrategySession(name, spec, settings, {
    signal: hooks.signal,
    onOutput: hooks.onOutput,
    progress: (event) => hooks.onProgress?.({ ...event, strategy: name, strategyIndex: index + 1, strategyCount: names.length }),
  }));
  try {
    // concurrency-advisor-disable-next-line await-in-loop-independent -- one at a time, so start-ups are not disturbed
    for (const session of sessions) await session.start();
    while (sessions.some((session) => session.wantsRound())) {
      for (const session of sessions) {
        // concurrency-advisor-disable-next-line await-in-loop-independent -- rounds must not overlap
        if (session.wantsRound()) await session.round();
      }
    }
    // concurrency-advisor-disable-next-line await-in-loop-independent -- each reads its own peak memory
    for (const session of sessions) await session.finish();
  } finally {
    await Promise.all(sessions.map((session) => session.dispose()));
  }
  return sessions.map((session) => session.outcome);
}

// ---- report

function buildReport(outcomes: readonly StrategyOutcome[], workload: PreparedWorkload, tasks: number, cpus: number): BenchmarkReport {
  const sequential = outcomes.find((outcome) => outcome.name === 'sequential' && outcome.error === undefined && outcome.samples.length > 0);
  const baseline = sequential ? median(sequential.samples.map((sample) => sample.wallMs)) : undefined;
  const strategies = outcomes.map((outcome): StrategyReport => {
    const wall = wallTimeStats(outcome.samples.map((sample) => sample.wallMs));
    const usable = outcome.error === undefined && outcome.samples.length > 0;
    const strategy: StrategyReport = {
      name: outcome.name,
      wallMs: { median: roundMs(wall.median), min: roundMs(wall.min), max: roundMs(wall.max), rme: round(wall.rme, 2) },
      rounds: outcome.samples.length,
      startupMs: roundMs(outcome.startupMs),
      cpuMs: roundMs(median(outcome.samples.map((sample) => sample.cpuMs))),
      eventLoopDelayMs: {
        max: roundMs(Math.max(0, ...outcome.samples.map((sample) => sample.eventLoopDelayMaxMs))),
        p99: roundMs(median(outcome.samples.map((sample) => sample.eventLoopDelayP99Ms))),
      },
      peakRssMb: round(outcome.peakRssMb, 1),
      speedup: usable && baseline !== undefined && wall.median > 0 ? round(baseline / wall.median, 2) : 0,
    };
    if (outcome.error !== undefined) strategy.error = outcome.error;
    return strategy;
  });
  return {
    version: 1,
    workload: { ...workload.report, tasks },
    machine: { cpus, node: process.version },
    strategies,
    verdict: buildVerdict(strategies, workload.staticView, cpus, os.loadavg()[0]),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

// ---- validation

function checkNumbers(options: BenchmarkOptions): void {
  if (options.tasks !== undefined) checkWhole('tasks', options.tasks, 1, MAX_TASKS);
  if (options.rounds !== undefined) checkWhole('rounds', options.rounds, 1, 10_000);
  if (options.warmupRounds !== undefined) checkWhole('warmupRounds', options.warmupRounds, 0, 10_000);
  if (options.timeBudgetMs !== undefined) checkWhole('timeBudgetMs', options.timeBudgetMs, 0, 86_400_000);
  if (options.timeoutMs !== undefined) checkWhole('timeoutMs', options.timeoutMs, 1, 86_400_000);
  if (options.poolSize !== undefined) checkWhole('poolSize', options.poolSize, 1, 1024);
  for (const name of options.strategies ?? []) {
    if (!(STRATEGY_NAMES as readonly string[]).includes(name)) {
      throw new BenchmarkOptionsError(`unknown strategy "${name}" (known: ${STRATEGY_NAMES.join(', ')})`);
    }
  }
}

function checkWhole(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BenchmarkOptionsError(`${name} must be a whole number from ${min} to ${max}, not ${value}`);
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal.reason);
}
