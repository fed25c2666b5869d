import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  benchCliArguments,
  interpretOutcome,
  resolveNodeExecutable,
  runBenchmarkProcess,
} from '../../src/extension/benchmark-process';
import { makeTempDir, removeTempDir, writeFiles } from '../support/temp-dir';

const versions = (extra: Record<string, string> = {}) => ({ ...process.versions, ...extra }) as NodeJS.ProcessVersions;

const report = {
  version: 1,
  workload: { kind: 'builtin', name: 'io', tasks: 5 },
  machine: { cpus: 2, node: process.version },
  strategies: [{ name: 'sequential', wallMs: { median: 5000, min: 5000, max: 5001, rme: 0.1 }, speedup: 1 }],
  verdict: { best: 'async', classification: 'io', summary: 'async wins' },
};

/** Fake `dist/cli.js` variants, standing in for the benchmark CLI. */
const fakes: Record<string, string> = {
  'report.js': `console.error('warming up'); process.stdout.write(JSON.stringify(${JSON.stringify(report)}) + '\\n');`,
  'echo-args.js': `process.stdout.write(JSON.stringify({ version: 1, workload: { kind: 'function', name: JSON.stringify(process.argv.slice(2)) }, strategies: [] }));`,
  'not-implemented.js': `process.stderr.write('concurrency-advisor bench: not implemented yet\\n'); process.exitCode = 2;`,
  'fails.js': `process.stderr.write('loading file.js\\nError: Cannot find function "nope" in file.js\\n'); process.exitCode = 2;`,
  'garbage.js': `process.stdout.write('hello');`,
  'crashes.js': `require('no-such-module-for-the-benchmark');`,
  // Starts a grandchild (like a pool of child processes), reports both pids, then hangs.
  'hangs.js': `
    const { spawn } = require('node:child_process');
    const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    process.stderr.write('pids ' + process.pid + ' ' + grandchild.pid + '\\n');
    setInterval(() => {}, 1000);`,
  'ignores-sigterm.js': `process.on('SIGTERM', () => {}); process.stderr.write('ready\\n'); setInterval(() => {}, 1000);`,
};

/** Running (a zombie waiting for its new parent to reap it counts as stopped). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return condition();
}

describe('benchmark child process (src/extension/benchmark-process.ts)', () => {
  let dir: string;
  before(() => {
    dir = makeTempDir();
    writeFiles(dir, fakes);
  });
  after(() => removeTempDir(dir));

  const run = (script: string, args: string[] = [], signal?: AbortSignal, onStderr?: (chunk: string) => void) =>
    runBenchmarkProcess({ node: process.execPath, args: [path.join(dir, script), ...args], cwd: dir, signal, onStderr, killGraceMs: 300 });

  it('uses the extension host binary only when it is Node, else node from PATH', () => {
    assert.equal(resolveNodeExecutable('/usr/bin/node', versions()), '/usr/bin/node');
    assert.equal(resolveNodeExecutable('/opt/code-server/lib/node', versions()), '/opt/code-server/lib/node');
    assert.equal(resolveNodeExecutable('C:\\Program Files\\nodejs\\node.exe', versions()), 'C:\\Program Files\\nodejs\\node.exe');
    assert.equal(resolveNodeExecutable('/usr/share/code/code', versions({ electron: '34.2.0' })), 'node');
    assert.equal(resolveNodeExecutable('/Applications/Code.app/Contents/Frameworks/Code Helper (Plugin)', versions()), 'node');
    assert.equal(resolveNodeExecutable('/usr/bin/node', versions({ electron: '34.2.0' })), 'node');
  });

  it('builds the bench command line of the CLI contract', () => {
    assert.deepEqual(benchCliArguments('/x/dist/cli.js', { kind: 'builtin', workload: 'io' }), [
      '/x/dist/cli.js', 'bench', '--builtin', 'io', '--format', 'json',
    ]);
    assert.deepEqual(benchCliArguments('/x/dist/cli.js', { kind: 'function', file: '/p/a.ts', name: 'hash', args: ' [1, 2] ' }), [
      '/x/dist/cli.js', 'bench', '/p/a.ts', '--function', 'hash', '--args', '[1, 2]', '--format', 'json',
    ]);
    assert.deepEqual(benchCliArguments('c', { kind: 'function', file: 'f', name: 'n', args: '  ' }), ['c', 'bench', 'f', '--function', 'n', '--format', 'json']);
  });

  it('reads the JSON report from stdout and streams stderr', async () => {
    const chunks: string[] = [];
    const outcome = await run('report.js', [], undefined, (chunk) => chunks.push(chunk));
    assert.equal(outcome.exitCode, 0);
    assert.match(chunks.join(''), /warming up/);
    const result = interpretOutcome(outcome, process.execPath);
    assert.equal(result.kind, 'report');
    assert.equal(result.kind === 'report' && result.report.verdict?.summary, 'async wins');
  });

  it('passes arguments through untouched (a JS expression is not evaluated here)', async () => {
    const expression = 'Array.from({ length: 3 }, (_, i) => i * 2); process.exit(7)';
    const outcome = await run('echo-args.js', benchCliArguments('cli', { kind: 'function', file: 'f.js', name: 'g', args: expression }).slice(1));
    const result = interpretOutcome(outcome, process.execPath);
    assert.equal(result.kind, 'report');
    assert.deepEqual(JSON.parse(result.kind === 'report' ? result.report.workload.name : '[]'), [
      'bench', 'f.js', '--function', 'g', '--args', expression, '--format', 'json',
    ]);
  });

  it('reports a CLI without the bench engine cleanly', async () => {
    const result = interpretOutcome(await run('not-implemented.js'), process.execPath);
    assert.equal(result.kind, 'not-implemented');
    assert.match(result.kind === 'not-implemented' ? result.message : '', /not available in this build yet/);
  });

  it('reports failures with the last stderr line, and unreadable output', async () => {
    const failed = interpretOutcome(await run('fails.js'), process.execPath);
    assert.deepEqual(failed, { kind: 'error', message: 'The benchmark failed: Error: Cannot find function "nope" in file.js' });
    const crashed = interpretOutcome(await run('crashes.js'), process.execPath);
    assert.deepEqual(crashed, { kind: 'error', message: "The benchmark failed: Error: Cannot find module 'no-such-module-for-the-benchmark'" });
    const garbage = interpretOutcome(await run('garbage.js'), process.execPath);
    assert.equal(garbage.kind, 'error');
    assert.match(garbage.kind === 'error' ? garbage.message : '', /could not be read: the benchmark output is not JSON/);
  });

  it('explains a missing node binary', async () => {
    const outcome = await runBenchmarkProcess({ node: path.join(dir, 'no-such-node'), args: [], cwd: dir });
    const result = interpretOutcome(outcome, 'node');
    assert.equal(result.kind, 'error');
    assert.match(result.kind === 'error' ? result.message : '', /could not find the Node\.js executable "node"/);
  });

  it('a cancel kills the process and its children', async function () {
    if (process.platform === 'win32') this.skip();
    const abort = new AbortController();
    let pids: number[] = [];
    const running = run('hangs.js', [], abort.signal, (chunk) => {
      const match = /pids (\d+) (\d+)/.exec(chunk);
      if (match) {
        pids = [Number(match[1]), Number(match[2])];
        abort.abort();
      }
    });
    const outcome = await running;
    assert.equal(outcome.cancelled, true);
    assert.equal(interpretOutcome(outcome, process.execPath).kind, 'cancelled');
    assert.equal(pids.length, 2);
    assert.ok(await waitFor(() => !pids.some(alive), 3000), `still alive: ${pids.filter(alive).join(', ')}`);
  });

  it('escalates to SIGKILL when the process ignores SIGTERM', async () => {
    const abort = new AbortController();
    const started = Date.now();
    const outcome = await run('ignores-sigterm.js', [], abort.signal, () => abort.abort());
    assert.equal(outcome.cancelled, true);
    assert.equal(outcome.signal, 'SIGKILL');
    assert.ok(Date.now() - started < 5000);
  });

  it('does not start when cancelled before the start', async () => {
    const abort = new AbortController();
    abort.abort();
    const outcome = await run('hangs.js', [], abort.signal);
    assert.equal(outcome.cancelled, true);
  });
});
