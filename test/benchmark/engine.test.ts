import { strict as assert } from 'node:assert';
import * as os from 'node:os';
import * as path from 'node:path';
import { runBenchmark, type BenchmarkProgress, type BenchmarkReport, type StrategyName, type StrategyReport } from '../../src/benchmark/index';
import { makeTempDir, removeTempDir, writeFiles } from '../support/temp-dir';

// The engine from source: its host, worker and child entry scripts load through tsx (see src/benchmark/entries.ts).
// Timing assertions are relations with wide margins, never absolute times; they retry on a busy machine.

function get(report: BenchmarkReport, name: StrategyName): StrategyReport {
  const found = report.strategies.find((strategy) => strategy.name === name);
  assert.ok(found, `no ${name} in the report`);
  return found;
}

function assertRan(strategy: StrategyReport): void {
  assert.equal(strategy.error, undefined, `${strategy.name} failed: ${strategy.error}`);
  assert.ok(strategy.rounds > 0 && strategy.wallMs.median > 0, `${strategy.name} has no measurement`);
}

describe('benchmark engine', function () {
  this.timeout(30_000);
  let dir: string;

  before(() => {
    dir = makeTempDir('concurrency-advisor-bench-test-');
    writeFiles(dir, {
      'lib.ts': [
        'export function isPrime(n: number): boolean {',
        '  if (n < 2) return false;',
        '  for (let j = 2; j * j <= n; j++) if (n % j === 0) return false;',
        '  return true;',
        '}',
        '',
      ].join('\n'),
      'main.ts': [
        "import { isPrime } from './lib';",
        '',
        '/**',
        ' * @benchmark args [3, 4]',
        ' * @benchmark tasks 3',
        ' */',
        'export function tagged(a: number, b: number): number {',
        "  if (a !== 3 || b !== 4) throw new Error(`wrong arguments: ${a}, ${b}`);",
        '  return a * b;',
        '}',
        '',
        'export function countPrimes(limit: number): number {',
        '  let count = 0;',
        '  for (let i = 0; i < limit; i++) if (isPrime(i)) count++;',
        '  if (count !== 1229 && limit === 10000) throw new Error(`bad count ${count}`);',
        '  return count;',
        '}',
        '',
        'function notExported(): string {',
        "  return 'hidden';",
        '}',
        '',
        'export function boom(): never {',
        "  throw new Error('kaboom');",
        '}',
        '',
        'export function spin(): void {',
        '  for (;;) {}',
        '}',
        '',
        'export function whereAmI(pid: number, callerPid: number): number {',
        "  if (pid === callerPid) throw new Error('the arguments were evaluated in the caller');",
        '  return pid;',
        '}',
        '',
      ].join('\n'),
    });
  });
  after(() => removeTempDir(dir));

  it('io: all tasks started together take at most half the sequential time', async function () {
    this.retries(2);
    const report = await runBenchmark({
      workload: { kind: 'builtin', name: 'io', taskMs: 100 },
      tasks: 5,
      strategies: ['sequential', 'async'],
      rounds: 2,
      warmupRounds: 0,
    });
    const sequential = get(report, 'sequential');
    const concurrent = get(report, 'async');
    assertRan(sequential);
    assertRan(concurrent);
    assert.ok(concurrent.wallMs.median <= 0.5 * sequential.wallMs.median, `async ${concurrent.wallMs.median} ms vs sequential ${sequential.wallMs.median} ms`);
    assert.equal(report.verdict.best, 'async');
    assert.equal(report.verdict.classification, 'io');
  });

  it('io over a loopback socket: round trips from the main thread, worker threads and child processes', async () => {
    const report = await runBenchmark({
      workload: { kind: 'builtin', name: 'io', taskMs: 50, io: 'socket' },
      tasks: 3,
      strategies: ['sequential', 'async', 'worker-threads', 'child-process'],
      rounds: 1,
      warmupRounds: 0,
    });
    report.strategies.forEach(assertRan);
    assert.ok(get(report, 'sequential').wallMs.median >= 3 * 50 * 0.9, 'three waits one after another');
    assert.match(report.verdict.summary, /^static: io \(built-in loopback socket round trip of 50 ms\)/);
  });

  it('cpu: worker threads beat sequential on 2+ cores, async does not', async function () {
    if (os.availableParallelism() < 2) this.skip();
    // Parallel speed-up needs idle cores: when other programs keep the CPUs saturated, wall times compare nothing.
    const load = os.loadavg()[0];
    if (load > 3 * os.availableParallelism()) {
      console.warn(`      (skipped: load average ${load.toFixed(1)} on ${os.availableParallelism()} cores; the CPUs are not free)`);
      this.skip();
    }
    this.retries(2);
    const report = await runBenchmark({
      workload: { kind: 'builtin', name: 'cpu', taskMs: 50 },
      tasks: 4,
      strategies: ['sequential', 'async', 'worker-threads'],
      rounds: 3,
    });
    const sequential = get(report, 'sequential');
    const concurrent = get(report, 'async');
    const workers = get(report, 'worker-threads');
    [sequential, concurrent, workers].forEach(assertRan);
    assert.ok(workers.wallMs.median < sequential.wallMs.median, `worker-threads ${workers.wallMs.median} ms vs sequential ${sequential.wallMs.median} ms`);
    // CPU work blocks the main thread's loop for about the whole round, sequential or wrapped in async (so async gains
    // nothing); the pool leaves it free. Measured inside the process, so other programs' load does not fake it, as it
    // can a comparison of wall times on a shared machine.
    assert.ok(sequential.eventLoopDelayMs.max >= 0.5 * sequential.wallMs.median, `sequential loop delay ${sequential.eventLoopDelayMs.max} ms`);
    assert.ok(concurrent.eventLoopDelayMs.max >= 0.5 * concurrent.wallMs.median, `async loop delay ${concurrent.eventLoopDelayMs.max} ms of ${concurrent.wallMs.median} ms`);
    assert.ok(concurrent.cpuMs >= 0.5 * sequential.cpuMs, `async ${concurrent.cpuMs} ms of CPU vs sequential ${sequential.cpuMs} ms: the same work`);
    assert.ok(workers.eventLoopDelayMs.max < sequential.eventLoopDelayMs.max / 2);
    assert.ok(workers.startupMs > 0 && sequential.startupMs === 0);
    assert.ok(workers.cpuMs >= 0.5 * sequential.cpuMs, 'worker CPU time is counted');
    assert.equal(report.verdict.best, 'worker-threads');
  });

  it('reports a throwing function with its stack, in every strategy', async () => {
    const report = await runBenchmark({
      workload: { kind: 'function', file: path.join(dir, 'main.ts'), functionName: 'boom' },
      strategies: ['sequential', 'worker-threads', 'child-process'],
      rounds: 1,
      warmupRounds: 0,
    });
    for (const strategy of report.strategies) {
      assert.ok(strategy.error, `${strategy.name} has no error`);
      assert.match(strategy.error, /^Error: kaboom\n\s+at boom \(.*main\.ts:24:9\)/, strategy.name);
      assert.equal(strategy.rounds, 0);
    }
    assert.equal(report.verdict.best, 'none');
  });

  it('stops an endless loop within the timeout plus a second: main thread, worker threads and child processes', async () => {
    const timeoutMs = 1000;
    const events: Array<BenchmarkProgress & { at: number }> = [];
    const report = await runBenchmark(
      {
        workload: { kind: 'function', file: path.join(dir, 'main.ts'), functionName: 'spin' },
        strategies: ['sequential', 'worker-threads', 'child-process'],
        tasks: 2,
        timeoutMs,
      },
      { onProgress: (event) => events.push({ ...event, at: performance.now() }) },
    );
    for (const strategy of report.strategies) {
      assert.match(strategy.error ?? '', /warm-up round timed out after 1000 ms: the function was stopped/, strategy.name);
      const started = events.find((event) => event.strategy === strategy.name && event.phase === 'warmup');
      const stopped = events.find((event) => event.strategy === strategy.name && event.phase === 'error');
      assert.ok(started && stopped, `progress events of ${strategy.name}`);
      assert.ok(stopped.at - started.at <= timeoutMs + 1000, `${strategy.name} stopped after ${Math.round(stopped.at - started.at)} ms`);
    }
  });

  it('benchmarks a TypeScript function that imports a local module, and a top-level function that is not exported', async () => {
    const file = path.join(dir, 'main.ts');
    const report = await runBenchmark({
      workload: { kind: 'function', file, functionName: 'countPrimes', args: '[10000]' },
      strategies: ['sequential', 'worker-threads', 'child-process'],
      tasks: 2,
      rounds: 2,
      warmupRounds: 0,
    });
    report.strategies.forEach(assertRan);
    assert.deepEqual(report.workload, { kind: 'function', name: 'countPrimes', tasks: 2 });
    assert.equal(report.verdict.classification, 'cpu');
    assert.match(report.verdict.summary, /^static: cpu \(/);

    const hidden = await runBenchmark({
      workload: { kind: 'function', file, functionName: 'notExported' },
      strategies: ['sequential', 'worker-threads'],
      tasks: 1,
      rounds: 1,
      warmupRounds: 0,
    });
    hidden.strategies.forEach(assertRan);
  });

  it('takes arguments and the task count from @benchmark tags', async () => {
    const report = await runBenchmark({
      workload: { kind: 'function', file: path.join(dir, 'main.ts'), functionName: 'tagged' },
      strategies: ['sequential', 'child-process'],
      rounds: 1,
      warmupRounds: 0,
    });
    report.strategies.forEach(assertRan);
    assert.equal(report.workload.tasks, 3);
  });

  it('evaluates an argument expression in the benchmark processes, never in the caller', async () => {
    const report = await runBenchmark({
      workload: { kind: 'function', file: path.join(dir, 'main.ts'), functionName: 'whereAmI', args: `[process.pid, ${process.pid}]` },
      strategies: ['sequential', 'worker-threads', 'child-process'],
      tasks: 1,
      rounds: 1,
      warmupRounds: 0,
    });
    report.strategies.forEach(assertRan);
  });

  it('rejects a missing function with the names it found, and cancels on abort', async () => {
    await assert.rejects(
      runBenchmark({ workload: { kind: 'function', file: path.join(dir, 'main.ts'), functionName: 'nope' } }),
      (error: Error) => error.name === 'BenchmarkOptionsError' && /no function "nope" .*countPrimes/.test(error.message),
    );

    const controller = new AbortController();
    const started = performance.now();
    const running = runBenchmark(
      { workload: { kind: 'function', file: path.join(dir, 'main.ts'), functionName: 'spin' }, strategies: ['sequential'] },
      { signal: controller.signal, onProgress: (event) => { if (event.phase === 'warmup') setTimeout(() => controller.abort(), 200); } },
    );
    await assert.rejects(running, (error: Error) => error.name === 'AbortError');
    assert.ok(performance.now() - started < 10_000);
  });
});
