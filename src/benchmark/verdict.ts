/** The verdict: the recommended strategy, and one line that ties the measurement to the static analysis. */
import type { Classification, Evidence, EvidenceKind } from '../analyzer/types';
import type { BenchmarkVerdict, StrategyName, StrategyReport } from './types';

/** What the static side says, e.g. `cpu (nested loop, line 12)`. */
export interface StaticView {
  classification: Classification;
  /** e.g. "nested loop, line 12" or "built-in summing loop"; empty when there is nothing to say. */
  reason: string;
}

/** A main-thread delay at least this long is reported as blocking the event loop. */
export const BLOCKING_DELAY_MS = 50;
/** A load average above this many runnable processes per core (plus the benchmark's own) means a busy machine. */
const BUSY_LOAD_PER_CORE = 1.5;
/** Strategies within this factor of the fastest count as equally fast, whatever their margins of error. */
const TIE = 1.05;
/** Among equally fast strategies: those that keep the loop free first, then the simpler. */
const SIMPLICITY: readonly StrategyName[] = ['sequential', 'async', 'worker-threads', 'worker-threads+async', 'child-process'];
const MAIN_THREAD: readonly StrategyName[] = ['sequential', 'async'];

const ADVICE: Record<StrategyName, string> = {
  'worker-threads': 'move it to a worker pool',
  'worker-threads+async': 'run it in a worker pool and start each worker\'s share together (Promise.all inside the workers)',
  'child-process': 'move it to a pool of child processes',
  async: 'start the calls together and await them with Promise.all',
  sequential: 'keep it sequential: concurrency does not pay off here',
};

const EVIDENCE_PHRASES: Partial<Record<EvidenceKind, string>> = {
  'nested-loop': 'nested loop',
  loop: 'loop',
  'array-method': 'array method',
  recursion: 'recursion',
  'byte-loop': 'byte loop',
  'string-building': 'string building',
  'busy-wait': 'busy wait',
  await: 'await',
  promise: 'promise',
  callback: 'callback',
  worker: 'worker',
};

/** `nested loop, line 12` for loops; the analyzer's own words for calls and APIs (`starts async I/O with fetch`). */
export function evidenceReason(evidence: readonly Evidence[]): string {
  const first = evidence[0];
  if (!first) return '';
  const phrase = EVIDENCE_PHRASES[first.kind]
    ?? first.message.replace(/^[\w-]+:\s*/, '').replace(/\s*\(line \d+\)\s*$/, '').slice(0, 60);
  return `${phrase}, line ${first.line}`;
}

function median(strategy: StrategyReport): number {
  return strategy.wallMs.median;
}

function succeeded(strategy: StrategyReport): boolean {
  return strategy.error === undefined && strategy.rounds > 0;
}

/**
 * Whether a main-thread strategy blocked the event loop: a delay of at least BLOCKING_DELAY_MS, and well above
 * what the pools' rounds saw (their main thread only waits, so their delay is the machine's own noise).
 */
function blocksLoop(strategy: StrategyReport, all: readonly StrategyReport[]): boolean {
  if (!MAIN_THREAD.includes(strategy.name)) return false;
  const noise = Math.max(0, ...all.filter((other) => succeeded(other) && !MAIN_THREAD.includes(other.name)).map((other) => other.eventLoopDelayMs.max));
  return strategy.eventLoopDelayMs.max >= Math.max(BLOCKING_DELAY_MS, 3 * noise);
}

/**
 * Whether `a` is measurably faster than `b`: its median is lower by more than 5% and by more than the two
 * margins of error together (on a noisy machine, differences within the noise are not differences).
 */
function clearlyFaster(a: StrategyReport, b: StrategyReport): boolean {
  const upperA = median(a) * Math.max(TIE, 1 + a.wallMs.rme / 100);
  const lowerB = median(b) * (1 - b.wallMs.rme / 100);
  return upperA < lowerB;
}

/**
 * The recommended strategy among those that ran: of the strategies not clearly slower than the fastest, the
 * one that keeps the event loop free, then the simplest.
 */
export function bestStrategy(strategies: readonly StrategyReport[]): StrategyReport | undefined {
  const ok = strategies.filter(succeeded);
  if (ok.length === 0) return undefined;
  const fastest = [...ok].sort((a, b) => median(a) - median(b))[0];
  const tied = ok.filter((strategy) => !clearlyFaster(fastest, strategy));
  const rank = (strategy: StrategyReport) => (blocksLoop(strategy, strategies) ? 100 : 0) + SIMPLICITY.indexOf(strategy.name);
  return [...tied].sort((a, b) => rank(a) - rank(b) || median(a) - median(b))[0];
}

/**
 * What the measurement looks like, judged by the async strategy (all calls started together on the main
 * thread): io when the loop stayed free and the calls overlapped; cpu when they kept the loop blocked.
 * The event-loop delay is the robust signal here; wall times on a busy machine are not.
 */
function measuredNature(strategies: readonly StrategyReport[]): 'cpu' | 'io' | undefined {
  const get = (name: StrategyName) => strategies.find((strategy) => strategy.name === name && succeeded(strategy));
  const asyncRun = get('async');
  if (!asyncRun || median(asyncRun) <= 0) return undefined;
  const blockedShare = asyncRun.eventLoopDelayMs.max / median(asyncRun);
  const sequential = get('sequential');
  const asyncGain = sequential ? median(sequential) / median(asyncRun) : 0;
  if (blockedShare < 0.2 && asyncGain >= 1.5) return 'io';
  if (blockedShare >= 0.5 && blocksLoop(asyncRun, strategies)) return 'cpu';
  return undefined;
}

/** Static classifications a measurement does not contradict. */
const COMPATIBLE: Record<Classification, readonly string[]> = {
  cpu: ['cpu'],
  'blocking-io': ['cpu'],
  io: ['io'],
  mixed: ['cpu', 'io'],
  none: [],
};

function times(value: number): string {
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}x`;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

/**
 * @param loadAverage the machine's 1-minute load average at the end (0 when unknown): far above the core count,
 * other programs competed for the CPU and the summary says the timings are noisy.
 */
export function buildVerdict(
  strategies: readonly StrategyReport[],
  staticView: StaticView,
  cpus: number,
  loadAverage = 0,
): BenchmarkVerdict {
  const staticPart = `static: ${staticView.classification}${staticView.reason ? ` (${staticView.reason})` : ''}.`;
  const best = bestStrategy(strategies);
  if (!best) {
    const failed = strategies.find((strategy) => strategy.error !== undefined);
    const why = failed?.error ? `: ${failed.error.split('\n')[0]}` : '';
    return { best: 'none', classification: staticView.classification, summary: `${staticPart} measured: every strategy failed${why}` };
  }

  const cores = `on ${cpus} core${cpus === 1 ? '' : 's'}`;
  const sequential = strategies.find((strategy) => strategy.name === 'sequential' && succeeded(strategy));
  const parts: string[] = [];
  if (!sequential) {
    parts.push(`${best.name} fastest (${ms(median(best))}) ${cores}`);
  } else if (best.name === 'sequential') {
    const others = strategies
      .filter((strategy) => strategy.name !== 'sequential' && succeeded(strategy))
      .map((strategy) => `${strategy.name} ${times(strategy.speedup)}`);
    parts.push(`nothing beat sequential ${cores}${others.length > 0 ? ` (${others.join(', ')})` : ''}`);
  } else {
    const speedup = median(sequential) / median(best);
    if (clearlyFaster(best, sequential)) parts.push(`${best.name} ${times(speedup)} faster than sequential ${cores}`);
    else parts.push(`${best.name} ${times(speedup)} vs sequential ${cores}, within the noise`);
  }

  // The baseline first: "sequential blocked the event loop for 410 ms".
  const blocker = MAIN_THREAD
    .map((name) => strategies.find((strategy) => strategy.name === name && succeeded(strategy)))
    .find((strategy) => strategy !== undefined && blocksLoop(strategy, strategies));
  const blocked = blocker !== undefined;
  if (blocked) parts.push(`${blocker.name} blocked the event loop for ${ms(blocker.eventLoopDelayMs.max)}`);

  const measured = measuredNature(strategies);
  if (measured && !COMPATIBLE[staticView.classification].includes(measured)) {
    parts.push(staticView.classification === 'none'
      ? `it measures as ${measured}-bound though the static analysis found no ${measured} work`
      : `it measures as ${measured}-bound, not ${staticView.classification}${measured === 'cpu' ? ' (it blocks the event loop)' : ''}`);
  }

  let advice = ADVICE[best.name];
  if (best.name === 'sequential' && blocked) advice = 'no strategy is faster; move it off the main thread only if latency matters';
  const failures = strategies.filter((strategy) => strategy.error !== undefined).map((strategy) => strategy.name);
  const failed = failures.length > 0 ? ` (failed: ${failures.join(', ')})` : '';
  const busy = loadAverage > BUSY_LOAD_PER_CORE * cpus + 1
    ? ` (note: the machine was busy, load ${loadAverage.toFixed(1)} on ${cpus} cores: timings are noisy)`
    : '';
  return {
    best: best.name,
    classification: staticView.classification,
    summary: `${staticPart} measured: ${parts.join('; ')} -> ${advice}${failed}${busy}`,
  };
}
