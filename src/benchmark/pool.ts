/**
 * A pool of executors (worker threads or child processes) driven by the host. Requests are matched to
 * answers by id; an executor that dies fails its pending requests instead of leaving them hanging.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { childEntry, workerEntry } from './entries';
import { deserializeError } from './errors';
import type { ExecutorRequest, ExecutorResponse, ProcessUsage, WorkloadSpec } from './protocol';
import { consume } from './task-runtime';

export type PoolKind = 'threads' | 'processes';

type Answer<T extends ExecutorResponse['type']> = Extract<ExecutorResponse, { type: T }>;
type Pending = { resolve: (response: ExecutorResponse) => void; reject: (error: Error) => void };

/** Distributive Omit, so each request keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** One worker thread or child process, seen through typed requests. */
class Executor {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private failure: Error | undefined;

  private constructor(
    private readonly post: (message: ExecutorRequest) => void,
    private readonly hardStop: () => void,
    readonly pid: number | undefined,
  ) {}

  static thread(): Executor {
    const entry = workerEntry();
    const worker = new Worker(entry.filename, entry.options);
    const executor = new Executor((message) => worker.postMessage(message), () => void worker.terminate(), undefined);
    worker.on('message', (message: ExecutorResponse) => executor.receive(message));
    worker.on('error', (error) => executor.fail(error));
    worker.on('exit', (code) => executor.fail(new Error(`a worker thread exited with code ${code}`)));
    return executor;
  }

  static process(): Executor {
    const entry = childEntry();
    const child: ChildProcess = fork(entry.modulePath, ['executor'], {
      execArgv: entry.execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const executor = new Executor(
      (message) => child.send(message),
      () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      },
      child.pid,
    );
    child.on('message', (message: ExecutorResponse) => executor.receive(message));
    child.on('error', (error) => executor.fail(error));
    child.on('exit', (code, signal) => {
      executor.fail(new Error(`a child process exited (${signal ?? `code ${code}`})`));
    });
    return executor;
  }

  request<T extends ExecutorResponse['type']>(request: WithoutId<ExecutorRequest>, expected: T): Promise<Answer<T>> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<ExecutorResponse>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      try {
        this.post({ ...request, id } as ExecutorRequest);
      } catch (error) {
        this.pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }).then((response) => {
      if (response.type !== expected) throw new Error(`expected "${expected}" from an executor, got "${response.type}"`);
      return response as Answer<T>;
    });
  }

  stop(): void {
    this.fail(new Error('the pool was stopped'));
    this.hardStop();
  }

  private receive(message: ExecutorResponse): void {
    if (message.type === 'fatal') {
      this.fail(deserializeError(message.error));
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.type === 'failed') pending.reject(deserializeError(message.error));
    else pending.resolve(message);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of this.pending.values()) pending.reject(this.failure);
    this.pending.clear();
  }
}

export class ExecutorPool {
  /** Largest maxRSS (kB) each child process reported. */
  private readonly peakRssKb: number[];

  private constructor(readonly kind: PoolKind, private readonly executors: Executor[]) {
    this.peakRssKb = executors.map(() => 0);
  }

  /** Starts `size` executors and loads the workload in each; resolves once all are ready, with the time it took. */
  static async start(kind: PoolKind, size: number, workload: WorkloadSpec): Promise<{ pool: ExecutorPool; startupMs: number }> {
    const started = performance.now();
    const executors = Array.from({ length: size }, () => (kind === 'threads' ? Executor.thread() : Executor.process()));
    const pool = new ExecutorPool(kind, executors);
    try {
      await Promise.all(executors.map((executor) => executor.request({ type: 'init', workload }, 'ready')));
    } catch (error) {
      pool.stop();
      throw error;
    }
    return { pool, startupMs: performance.now() - started };
  }

  get childPids(): number[] {
    return this.executors.flatMap((executor) => (executor.pid === undefined ? [] : [executor.pid]));
  }

  /** Builds `count` argument lists in every executor; returns each one's usage before the round. */
  async prepare(count: number): Promise<ProcessUsage[]> {
    const answers = await Promise.all(this.executors.map((executor) => executor.request({ type: 'prepare', count }, 'prepared')));
    return answers.map((answer) => answer.usage);
  }

  async usage(): Promise<ProcessUsage[]> {
    const answers = await Promise.all(this.executors.map((executor) => executor.request({ type: 'usage' }, 'usage')));
    answers.forEach((answer, index) => {
      this.peakRssKb[index] = Math.max(this.peakRssKb[index], answer.usage.maxRssKb);
    });
    return answers.map((answer) => answer.usage);
  }

  /** Sum of the child processes' peak RSS in kB (0 for threads: they are in the host's own RSS). */
  childPeakRssKb(): number {
    return this.kind === 'processes' ? this.peakRssKb.reduce((sum, value) => sum + value, 0) : 0;
  }

  /** `total` calls, each sent to the next idle executor (a classic task queue). */
  async runEach(total: number): Promise<void> {
    let next = 0;
    await Promise.all(this.executors.map(async (executor) => {
      while (next < total) {
        next++;
        // concurrency-advisor-disable-next-line await-in-loop-independent -- one task at a time per executor
        consume((await executor.request({ type: 'run', count: 1, concurrent: false }, 'done')).value);
      }
    }));
  }

  /** `total` calls split evenly, each executor starting its share together (worker-threads+async). */
  async runSplit(total: number): Promise<void> {
    const size = this.executors.length;
    await Promise.all(this.executors.map(async (executor, index) => {
      const count = Math.floor(total / size) + (index < total % size ? 1 : 0);
      if (count > 0) consume((await executor.request({ type: 'run', count, concurrent: true }, 'done')).value);
    }));
  }

  /** Ends every executor now (workers terminated, child processes killed). */
  stop(): void {
    for (const executor of this.executors) executor.stop();
  }
}
