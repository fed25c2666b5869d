import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/cli';
import { makeTempDir, removeTempDir, writeFiles } from '../support/temp-dir';

// `concurrency-advisor bench` end to end through the bundled CLI (dist/cli.js, dist/bench-*.js): run `npm run build` first.
const projectRoot = path.resolve(__dirname, '../..');
const cliPath = path.join(projectRoot, 'dist', 'cli.js');

function bench(args: string[], cwd = projectRoot) {
  const result = spawnSync(process.execPath, [cliPath, 'bench', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const STRATEGIES = ['sequential', 'async', 'worker-threads', 'child-process', 'worker-threads+async'];
const CLASSIFICATIONS = ['cpu', 'io', 'blocking-io', 'mixed', 'none'];

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Issue 4's contract: {"version":1,"workload":{"kind","name","tasks"},"machine":{"cpus","node"},"strategies":[{"name",
 * "wallMs":{"median","min","max","rme"},"rounds","startupMs","cpuMs","eventLoopDelayMs":{"max","p99"},"peakRssMb",
 * "speedup","error"?}],"verdict":{"best","classification","summary"}}. Returns the problems found.
 */
function contractProblems(doc: any): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const keys = (value: unknown, expected: string[], optional: string[], where: string) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${where} is not an object`);
      return;
    }
    const actual = Object.keys(value);
    check(JSON.stringify(actual.filter((key) => !optional.includes(key))) === JSON.stringify(expected), `${where} keys ${actual.join(',')}`);
    for (const key of actual) check(expected.includes(key) || optional.includes(key), `${where} has unexpected key ${key}`);
  };

  keys(doc, ['version', 'workload', 'machine', 'strategies', 'verdict'], [], 'report');
  check(doc.version === 1, 'version is not 1');
  keys(doc.workload, ['kind', 'name', 'tasks'], [], 'workload');
  check(['builtin', 'function'].includes(doc.workload?.kind), 'workload.kind');
  check(typeof doc.workload?.name === 'string' && doc.workload.name !== '', 'workload.name');
  check(Number.isInteger(doc.workload?.tasks) && doc.workload.tasks >= 1, 'workload.tasks');
  keys(doc.machine, ['cpus', 'node'], [], 'machine');
  check(Number.isInteger(doc.machine?.cpus) && doc.machine.cpus >= 1, 'machine.cpus');
  check(typeof doc.machine?.node === 'string' && /^v\d+\./.test(doc.machine.node), 'machine.node');
  check(Array.isArray(doc.strategies) && doc.strategies.length > 0, 'strategies');
  for (const [index, strategy] of (Array.isArray(doc.strategies) ? doc.strategies : []).entries()) {
    const where = `strategies[${index}]`;
    keys(strategy, ['name', 'wallMs', 'rounds', 'startupMs', 'cpuMs', 'eventLoopDelayMs', 'peakRssMb', 'speedup'], ['error'], where);
    check(STRATEGIES.includes(strategy.name), `${where}.name`);
    keys(strategy.wallMs, ['median', 'min', 'max', 'rme'], [], `${where}.wallMs`);
    for (const key of ['median', 'min', 'max', 'rme']) check(isNumber(strategy.wallMs?.[key]), `${where}.wallMs.${key}`);
    check(strategy.wallMs?.min <= strategy.wallMs?.median && strategy.wallMs?.median <= strategy.wallMs?.max, `${where}.wallMs order`);
    check(Number.isInteger(strategy.rounds) && strategy.rounds >= 0, `${where}.rounds`);
    for (const key of ['startupMs', 'cpuMs', 'peakRssMb', 'speedup']) check(isNumber(strategy[key]), `${where}.${key}`);
    keys(strategy.eventLoopDelayMs, ['max', 'p99'], [], `${where}.eventLoopDelayMs`);
    check(isNumber(strategy.eventLoopDelayMs?.max) && isNumber(strategy.eventLoopDelayMs?.p99), `${where}.eventLoopDelayMs values`);
    if ('error' in strategy) check(typeof strategy.error === 'string' && strategy.error !== '', `${where}.error`);
  }
  keys(doc.verdict, ['best', 'classification', 'summary'], [], 'verdict');
  check([...STRATEGIES, 'none'].includes(doc.verdict?.best), 'verdict.best');
  check(CLASSIFICATIONS.includes(doc.verdict?.classification), 'verdict.classification');
  check(typeof doc.verdict?.summary === 'string' && doc.verdict.summary.startsWith('static: '), 'verdict.summary');
  return problems;
}

describe('concurrency-advisor bench (dist/cli.js)', function () {
  this.timeout(30_000);
  let dir: string;

  before(() => {
    if (!fs.existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" before these tests`);
    dir = makeTempDir('concurrency-advisor-bench-cli-');
    writeFiles(dir, {
      'fail.js': "function explode() {\n  throw new TypeError('no luck');\n}\nmodule.exports = { explode };\n",
      'double.mjs': '/** @benchmark args [21] */\nexport function double(x) {\n  return x * 2;\n}\n',
    });
  });
  after(() => removeTempDir(dir));

  it('prints JSON that follows the contract, with every strategy of a mixed workload', () => {
    const { status, stdout, stderr } = bench(['--builtin', 'mixed', '--task-ms', '20', '--tasks', '3', '--rounds', '2', '--warmup', '0', '--format', 'json']);
    assert.equal(status, 0, stderr);
    const doc = JSON.parse(stdout);
    assert.deepEqual(contractProblems(doc), []);
    assert.deepEqual(doc.strategies.map((s: { name: string }) => s.name), STRATEGIES);
    assert.deepEqual(doc.workload, { kind: 'builtin', name: 'mixed', tasks: 3 });
    assert.equal(doc.verdict.classification, 'mixed');
    assert.equal(stderr, '', 'no progress on a non-terminal by default');
  });

  it('prints the article-style table and the verdict, with progress as JSON lines on stderr', () => {
    const { status, stdout, stderr } = bench(['--builtin', 'io', '--task-ms', '30', '--rounds', '2', '--warmup', '0', '--strategies', 'sequential,async', '--progress', 'json']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^Micro-benchmark: built-in workload "io", 5 tasks per round \(\d+ CPUs?, Node v[\d.]+\)\n\nstrategy +median wall +min-max +±% +speed-up +loop delay max +CPU time/);
    assert.match(stdout, /\nsequential +\d+ ms .*\nasync +\d+(\.\d+)? ms /);
    assert.match(stdout, /\nverdict: static: io \(built-in timer wait of 30 ms\)\. measured: async \d+(\.\d)?x faster than sequential/);
    const events = stderr.trim().split('\n').map((line) => JSON.parse(line));
    assert.ok(events.every((event) => event.type === 'progress' && typeof event.message === 'string'));
    assert.ok(events.some((event) => event.phase === 'round' && event.strategy === 'async' && event.round === 2));
  });

  it('benchmarks a function of an ES module with its @benchmark arguments', () => {
    const { status, stdout, stderr } = bench([path.join(dir, 'double.mjs'), '--function', 'double', '--tasks', '2', '--rounds', '1', '--warmup', '0', '--strategies', 'sequential,worker-threads', '--format', 'json']);
    assert.equal(status, 0, stderr);
    const doc = JSON.parse(stdout);
    assert.deepEqual(contractProblems(doc), []);
    assert.deepEqual(doc.workload, { kind: 'function', name: 'double', tasks: 2 });
    assert.ok(doc.strategies.every((s: { error?: string }) => s.error === undefined));
  });

  it('exits with 1 and reports the error with its stack when the function throws', () => {
    const { status, stdout } = bench([path.join(dir, 'fail.js'), '--function', 'explode', '--rounds', '1', '--warmup', '0', '--strategies', 'sequential,child-process', '--format', 'json']);
    assert.equal(status, 1);
    const doc = JSON.parse(stdout);
    assert.deepEqual(contractProblems(doc), []);
    for (const strategy of doc.strategies) assert.match(strategy.error, /^TypeError: no luck\n\s+at explode \(.*fail\.js:2:9\)/);
    assert.equal(doc.verdict.best, 'none');
  });

  it('exits with 2 on usage errors', async () => {
    // In-process (the same runCli as dist/cli.js), to keep the suite fast.
    const run = async (...args: string[]) => {
      let stdout = '';
      let stderr = '';
      const sink = (append: (text: string) => void) => new Writable({ write(chunk, _encoding, done) { append(String(chunk)); done(); } });
      const status = await runCli(['bench', ...args], {
        stdout: sink((text) => { stdout += text; }),
        stderr: sink((text) => { stderr += text; }),
        variables: {},
        cwd: dir,
      });
      return { status, stdout, stderr };
    };
    const wrongWorkload = await run('--builtin', 'gpu');
    assert.equal(wrongWorkload.status, 2);
    assert.match(wrongWorkload.stderr, /--builtin must be one of cpu, io, mixed, not "gpu"/);
    assert.match((await run('--builtin', 'cpu', '--tasks', '0')).stderr, /--tasks must be a whole number >= 1, not "0"/);
    assert.match((await run('fail.js', '--builtin', 'io')).stderr, /--builtin and a file cannot be combined/);
    const missing = await run('fail.js', '--function', 'nope');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no function "nope" .*\(functions: explode\)/);
    const unnamed = await run('fail.js');
    assert.equal(unnamed.status, 2);
    assert.match(unnamed.stderr, /which function\? Name it with --function NAME \(functions in the file: explode\)/);
    assert.match((await run('--help')).stdout, /^Usage:\n {2}concurrency-advisor bench --builtin cpu\|io\|mixed/);
  });
});
