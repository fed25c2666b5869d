// Runs `node dist/cli.js bench ... --format json` as a child process and interprets its outcome.
// Pure Node (no 'vscode'): the command in benchmark.ts adds the UI; the tests drive this with fake CLIs.
import { spawn } from 'node:child_process';
import { parseBenchmarkOutput, type BenchmarkReport } from './benchmark-report';

export const BUILTIN_WORKLOADS = ['cpu', 'io', 'mixed'] as const;
export type BuiltinWorkload = (typeof BUILTIN_WORKLOADS)[number];

export type BenchmarkTarget =
  | { kind: 'builtin'; workload: BuiltinWorkload }
  /** `args`: JSON or a JS expression, passed through to the CLI (evaluated in the benchmark process). */
  | { kind: 'function'; file: string; name: string; args?: string };

/**
 * The Node binary for the benchmark: the extension host's own executable when it is Node (code-server,
 * VS Code Server), else `node` from PATH (desktop VS Code runs extensions in Electron).
 */
export function resolveNodeExecutable(
  execPath: string = process.execPath,
  versions: NodeJS.ProcessVersions = process.versions,
): string {
  const isElectron = typeof (versions as Record<string, string | undefined>).electron === 'string';
  const base = (execPath.split(/[\\/]/).pop() ?? '').toLowerCase(); // both separators: a Windows path on any OS
  const looksLikeNode = /^(node|nodejs)(\d+(\.\d+)*)?(\.exe)?$/.test(base);
  return !isElectron && looksLikeNode ? execPath : 'node';
}

/** Arguments after the Node binary. */
export function benchCliArguments(cliPath: string, target: BenchmarkTarget): string[] {
  const args = [cliPath, 'bench'];
  if (target.kind === 'builtin') {
    args.push('--builtin', target.workload);
  } else {
    args.push(target.file, '--function', target.name);
    if (target.args !== undefined && target.args.trim() !== '') args.push('--args', target.args.trim());
  }
  args.push('--format', 'json');
  return args;
}

export interface RunOptions {
  node: string;
  args: string[];
  cwd: string;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  onStdout?(chunk: string): void;
  onStderr?(chunk: string): void;
  /** Grace period between SIGTERM and SIGKILL after a cancel. */
  killGraceMs?: number;
}

export interface ProcessOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  cancelled: boolean;
  /** The process could not be started (e.g. ENOENT: no `node` on PATH). */
  spawnError?: NodeJS.ErrnoException;
}

const MAX_CAPTURE = 16 * 1024 * 1024;

/** Spawns the process (in its own process group on POSIX, so a cancel also stops its workers and children). */
export function runBenchmarkProcess(options: RunOptions): Promise<ProcessOutcome> {
  if (options.signal?.aborted) return Promise.resolve({ exitCode: null, signal: null, stdout: '', stderr: '', cancelled: true });
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let cancelled = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const posix = process.platform !== 'win32';

    const child = spawn(options.node, options.args, {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: posix,
      windowsHide: true,
    });

    const kill = (signal: NodeJS.Signals) => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      try {
        if (posix) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        child.kill(signal);
      }
    };
    const onAbort = () => {
      cancelled = true;
      kill('SIGTERM');
      killTimer = setTimeout(() => kill('SIGKILL'), options.killGraceMs ?? 2000);
      killTimer.unref?.();
    };
    const finish = (outcome: Omit<ProcessOutcome, 'stdout' | 'stderr' | 'cancelled'>) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      resolve({ ...outcome, stdout, stderr, cancelled });
    };

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < MAX_CAPTURE) stdout += chunk;
      options.onStdout?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < MAX_CAPTURE) stderr += chunk;
      options.onStderr?.(chunk);
    });
    child.on('error', (error) => finish({ exitCode: null, signal: null, spawnError: error }));
    child.on('close', (exitCode, signal) => finish({ exitCode, signal }));

    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export type BenchmarkResult =
  | { kind: 'report'; report: BenchmarkReport }
  | { kind: 'cancelled' }
  | { kind: 'not-implemented'; message: string }
  | { kind: 'error'; message: string };


/**
 * The line of stderr that says what went wrong: the last `...Error: ...` line (a crash ends with a stack
 * and `Node.js v20...`), else the last line that is not part of a stack trace.
 */
export function errorLine(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const errors = lines.filter((line) => /^(?:[A-Z]\w*)?Error\b|^concurrency-advisor\b/.test(line));
  if (errors.length > 0) return errors[errors.length - 1]!;
  const plain = lines.filter((line) => !/^at\s|^Node\.js v\d|^[\^~]+$|^throw\b|^\}?$|^node:internal\//.test(line));
  return plain[plain.length - 1] ?? '';
}

export function interpretOutcome(outcome: ProcessOutcome, node: string): BenchmarkResult {
  if (outcome.cancelled) return { kind: 'cancelled' };
  if (outcome.spawnError) {
    const reason = outcome.spawnError.code === 'ENOENT'
      ? `could not find the Node.js executable "${node}". Install Node.js 20 or later and put it on PATH.`
      : `could not start "${node}": ${outcome.spawnError.message}`;
    return { kind: 'error', message: reason };
  }
  if (/not implemented yet/i.test(outcome.stderr) && outcome.exitCode !== 0) {
    return {
      kind: 'not-implemented',
      message: 'The micro-benchmark engine is not available in this build yet (`concurrency-advisor bench` is not implemented).',
    };
  }
  const parsed = outcome.stdout.trim() === '' ? undefined : parseBenchmarkOutput(outcome.stdout);
  if (parsed && 'report' in parsed) return { kind: 'report', report: parsed.report };
  if (outcome.exitCode !== 0) {
    const why = errorLine(outcome.stderr) || (outcome.signal ? `killed by ${outcome.signal}` : `exit code ${outcome.exitCode}`);
    return { kind: 'error', message: `The benchmark failed: ${why}` };
  }
  return { kind: 'error', message: `The benchmark's output could not be read: ${parsed ? parsed.error : 'it printed nothing'}` };
}
