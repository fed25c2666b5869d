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
/** Strategies within this factor of the fastest count as equally fast. */
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

/** The recommended strategy among those that ran: the fastest, preferring on a tie the free loop and simplicity. */
export function bestStrategy(strategies: readonly StrategyReport[]): StrategyReport | undefined {
  const ok = strategies.filter((strategy) => strategy.error === undefined && strategy.rounds > 0);
  if (ok.length === 0) return undefined;
  const fastest = Math.min(...ok.map(median));
  const tied = ok.filter((strategy) => median(strategy) <= fastest * TIE);
  const rank = (strategy: StrategyReport) =>
    (strategy.eventLoopDelayMs.max >= BLOCKING_DELAY_MS ? 100 : 0) + SIMPLICITY.indexOf(strategy.name);
  return [...tied].sort((a, b) => rank(a) - rank(b) || median(a) - median(b))[0];
}

/** What the measurement looks like, for comparison with the static classification. */
function measuredNature(strategies: readonly StrategyReport[]): 'cpu' | 'io' | 'mixed' | undefined {
  const get = (name: StrategyName) => strategies.find((strategy) => strategy.name === name && strategy.error === undefined && strategy.rounds > 0);
  const sequential = get('sequential');
  if (!sequential) return undefined;
  const gain = (name: StrategyName) => {
    const other = get(name);
    return other ? median(sequential) / median(other) : undefined;
  };
  const asyncGain = gain('async');
  const parallelGain = Math.max(gain('worker-threads') ?? 0, gain('child-process') ?? 0);
  const combinedGain = gain('worker-threads+async') ?? 0;
  if (asyncGain === undefined) return undefined;
  if (asyncGain >= 1.5 && combinedGain > asyncGain * 1.2) return 'mixed';
  if (asyncGain >= 1.5) return 'io';
  if (asyncGain < 1.15 && parallelGain >= 1.3) return 'cpu';
  return undefined;
}

const COMPATIBLE: Record<Classification, readonly string[]> = {
  cpu: ['cpu'],
  'blocking-io': ['cpu'],
  io: ['io'],
  mixed: ['mixed', 'cpu', 'io'],
  none: [],
};

function times(value: number): string {
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}x`;
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

export function buildVerdict(strategies: readonly StrategyReport[], staticView: StaticView, cpus: number): BenchmarkVerdict {
  const staticPart = `static: ${staticView.classification}${staticView.reason ? ` (${staticView.reason})` : ''}.`;
  const best = bestStrategy(strategies);
  if (!best) {
    const failed = strategies.find((strategy) => strategy.error !== undefined);
    const why = failed?.error ? `: ${failed.error.split('\n')[0]}` : '';
    return { best: 'none', classification: staticView.classification, summary: `${staticPart} measured: every strategy failed${why}` };
  }

  const cores = `on ${cpus} core${cpus === 1 ? '' : 's'}`;
  const sequential = strategies.find((strategy) => strategy.name === 'sequential' && strategy.error === undefined && strategy.rounds > 0);
  const parts: string[] = [];
  if (!sequential) {
    parts.push(`${best.name} fastest (${ms(median(best))}) ${cores}`);
  } else if (best.name === 'sequential') {
    const others = strategies
      .filter((strategy) => strategy.name !== 'sequential' && strategy.error === undefined && strategy.rounds > 0)
      .map((strategy) => `${strategy.name} ${times(strategy.speedup)}`);
    parts.push(`nothing beat sequential ${cores}${others.length > 0 ? ` (${others.join(', ')})` : ''}`);
  } else {
    const speedup = median(sequential) / median(best);
    parts.push(speedup >= 1.05
      ? `${best.name} ${times(speedup)} faster than sequential ${cores}`
      : `${best.name} as fast as sequential ${cores} (${times(speedup)})`);
  }

  const blocker = strategies
    .filter((strategy) => MAIN_THREAD.includes(strategy.name) && strategy.error === undefined && strategy.rounds > 0)
    .sort((a, b) => b.eventLoopDelayMs.max - a.eventLoopDelayMs.max)[0];
  const blocked = blocker !== undefined && blocker.eventLoopDelayMs.max >= BLOCKING_DELAY_MS;
  if (blocked) parts.push(`${blocker.name} blocked the event loop for ${ms(blocker.eventLoopDelayMs.max)}`);

  const measured = measuredNature(strategies);
  if (measured && !COMPATIBLE[staticView.classification].includes(measured)) {
    parts.push(staticView.classification === 'none'
      ? `it measures as ${measured}-bound though the static analysis found no ${measured} work`
      : `it measures as ${measured}-bound, not ${staticView.classification}`);
  }

  let advice = ADVICE[best.name];
  if (best.name === 'sequential' && blocked) advice = 'no strategy is faster; move it off the main thread only if latency matters';
  const failures = strategies.filter((strategy) => strategy.error !== undefined).map((strategy) => strategy.name);
  const failed = failures.length > 0 ? ` (failed: ${failures.join(', ')})` : '';
  return {
    best: best.name,
    classification: staticView.classification,
    summary: `${staticPart} measured: ${parts.join('; ')} -> ${advice}${failed}`,
  };
}
