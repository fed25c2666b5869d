import { strict as assert } from 'node:assert';
import { formatBenchmarkMarkdown, formatBenchmarkText } from '../../src/benchmark/report';
import type { BenchmarkReport, StrategyName, StrategyReport } from '../../src/benchmark/types';
import { bestStrategy, buildVerdict, evidenceReason } from '../../src/benchmark/verdict';

function strategy(name: StrategyName, median: number, loopDelay: number, extra: Partial<StrategyReport> = {}): StrategyReport {
  return {
    name,
    wallMs: { median, min: median * 0.98, max: median * 1.03, rme: 1.5 },
    rounds: 5,
    startupMs: name === 'sequential' || name === 'async' ? 0 : 40,
    cpuMs: 1000,
    eventLoopDelayMs: { max: loopDelay, p99: loopDelay },
    peakRssMb: 50,
    speedup: 1000 / median,
    ...extra,
  };
}

const cpuStrategies = [
  strategy('sequential', 1000, 990),
  strategy('async', 1005, 995),
  strategy('worker-threads', 520, 1.2),
  strategy('child-process', 540, 1.5),
];

describe('benchmark verdict and report', () => {
  it('recommends the worker pool for CPU work and ties the numbers to the static analysis', () => {
    const verdict = buildVerdict(cpuStrategies, { classification: 'cpu', reason: 'nested loop, line 12' }, 2);
    assert.equal(verdict.best, 'worker-threads');
    assert.equal(verdict.classification, 'cpu');
    assert.equal(
      verdict.summary,
      'static: cpu (nested loop, line 12). measured: worker-threads 1.9x faster than sequential on 2 cores; '
        + 'sequential blocked the event loop for 990 ms -> move it to a worker pool',
    );
  });

  it('recommends Promise.all for I/O and flags a contradicting static classification', () => {
    const io = [strategy('sequential', 1000, 2), strategy('async', 201, 2), strategy('worker-threads', 605, 3)];
    const verdict = buildVerdict(io, { classification: 'cpu', reason: 'loop, line 3' }, 2);
    assert.equal(verdict.best, 'async');
    assert.match(verdict.summary, /async 5\.0x faster than sequential on 2 cores/);
    assert.match(verdict.summary, /it measures as io-bound, not cpu/);
    assert.match(verdict.summary, /-> start the calls together and await them with Promise\.all$/);
  });

  it('prefers, among equally fast strategies, one that keeps the event loop free', () => {
    const oneCore = [strategy('sequential', 1000, 990), strategy('worker-threads', 1010, 2)];
    assert.equal(bestStrategy(oneCore)?.name, 'worker-threads');
  });

  it('does not take noise for a speed-up: within the margins of error the free loop wins', () => {
    const noisy = [
      strategy('sequential', 531, 537, { wallMs: { median: 531, min: 400, max: 700, rme: 30 } }),
      strategy('async', 371, 370, { wallMs: { median: 371, min: 303, max: 374, rme: 28.4 } }),
      strategy('worker-threads', 384, 34, { wallMs: { median: 384, min: 378, max: 406, rme: 9.5 } }),
    ];
    const verdict = buildVerdict(noisy, { classification: 'cpu', reason: '' }, 2, 13.1);
    assert.equal(verdict.best, 'worker-threads');
    assert.match(verdict.summary, /worker-threads 1\.4x vs sequential on 2 cores, within the noise/);
    assert.match(verdict.summary, /\(note: the machine was busy, load 13\.1 on 2 cores: timings are noisy\)$/);
  });

  it('recommends workers running their share concurrently for mixed work', () => {
    const mixed = [
      strategy('sequential', 2000, 205),
      strategy('async', 1200, 1000),
      strategy('worker-threads', 1210, 2),
      strategy('worker-threads+async', 800, 2),
    ];
    assert.equal(buildVerdict(mixed, { classification: 'mixed', reason: '' }, 2).best, 'worker-threads+async');
  });

  it('says when every strategy failed', () => {
    const failed = [strategy('sequential', 0, 0, { rounds: 0, error: 'Error: kaboom\n    at boom (x.ts:3:9)' })];
    const verdict = buildVerdict(failed, { classification: 'none', reason: '' }, 2);
    assert.equal(verdict.best, 'none');
    assert.equal(verdict.summary, 'static: none. measured: every strategy failed: Error: kaboom');
  });

  it('phrases evidence like the article: kind and line for loops, the analyzer\'s words for calls', () => {
    assert.equal(evidenceReason([{ line: 12, column: 5, kind: 'nested-loop', message: 'cpu: nested for loop (line 12)' }]), 'nested loop, line 12');
    assert.equal(evidenceReason([{ line: 4, column: 9, kind: 'async-io', message: 'io: starts async I/O with fetch (line 4)' }]), 'starts async I/O with fetch, line 4');
    assert.equal(evidenceReason([]), '');
  });

  it('prints an article-style table, the verdict and the stacks of failed strategies', () => {
    const strategies = [...cpuStrategies, strategy('worker-threads+async', 0, 0, { rounds: 0, speedup: 0, error: 'Error: boom\n    at f (a.ts:1:1)' })];
    const report: BenchmarkReport = {
      version: 1,
      workload: { kind: 'builtin', name: 'cpu', tasks: 5 },
      machine: { cpus: 2, node: 'v20.20.2' },
      strategies,
      verdict: buildVerdict(strategies, { classification: 'cpu', reason: 'built-in summing loop' }, 2),
    };
    const text = formatBenchmarkText(report);
    const lines = text.split('\n');
    assert.match(lines[0], /^Micro-benchmark: built-in workload "cpu", 5 tasks per round \(2 CPUs, Node v20\.20\.2\)$/);
    assert.match(lines[2], /^strategy +median wall +min-max +±% +speed-up +loop delay max +CPU time +start-up +peak RSS +rounds$/);
    assert.match(text, /\nsequential +1000 ms +980-1030 ms +±1\.5% +1\.00x +990 ms +1000 ms +50 MB +5\n/);
    assert.match(text, /\nworker-threads +520 ms .* 1\.92x +1\.20 ms +1000 ms +40\.0 ms +50 MB +5\n/);
    assert.match(text, /\nworker-threads\+async +failed +0\n/);
    assert.match(text, /\nverdict: static: cpu \(built-in summing loop\)\. measured: worker-threads 1\.9x faster/);
    assert.match(text, /\nworker-threads\+async failed:\n  Error: boom\n      at f \(a\.ts:1:1\)\n$/);

    const markdown = formatBenchmarkMarkdown(report);
    assert.match(markdown, /^### Micro-benchmark: built-in workload "cpu", 5 tasks per round\n/);
    assert.match(markdown, /\n\| strategy \| median wall \|.*\|\n\| :--- \| ---: \|/);
    assert.match(markdown, /\n\*\*Verdict:\*\* static: cpu/);
  });
});
