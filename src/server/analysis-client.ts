// The main thread's side of the analysis worker: a queue of typed requests (one in flight at a time, so a stale one
// can still be dropped before it starts), a watchdog for runaway requests, and restarts after a crash, within limits.
import * as fs from 'node:fs';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { AnalysisKind, OpenTexts, PayloadOf, ResultOf, WorkerMessage, WorkerRequest, WorkerStartData } from './analysis-protocol';

/** The worker died (or was stopped by the watchdog) while it ran this request. */
export class WorkerCrashedError extends Error {
  constructor(readonly reason: string) {
    super(`the analysis worker stopped while running this request: ${reason}`);
  }
}

/** Analysis is off: the worker crashed too often, its script is missing, or the server is shutting down. */
export class AnalysisDisabledError extends Error {}

/** The request was dropped before it started: what it was for is out of date. */
export class RequestCancelledError extends Error {
  constructor() {
    super('cancelled: out of date before it started');
  }
}

export interface AnalysisClientOptions {
  /** The bundled worker (dist/server-worker.js). */
  script: string;
  startData: WorkerStartData;
  resourceLimits?: ResourceLimits;
  /** A request that runs longer than this is a runaway: the worker is terminated and restarted. */
  requestTimeoutMs: number;
  /** At most this many restarts within `restartWindowMs`; one crash more and analysis is disabled. */
  maxRestarts: number;
  restartWindowMs: number;
  /** Open texts changed since the last call, sent along with the next request. */
  takeTexts(): OpenTexts | undefined;
  log(level: 'log' | 'error', message: string): void;
  /** The worker stopped; `kind` is the request it was running, if any. */
  onCrash(reason: string, kind: AnalysisKind | undefined): void;
  /** A new worker is ready after a crash (`ms` after the crash); the queue resumes right after this call. */
  onRestart(ms: number): void;
  onDisabled(reason: string): void;
}

export interface RequestOptions {
  /** High-priority requests (the default) go before low-priority ones; each class keeps its order. */
  priority?: 'high' | 'low';
  /** Asked right before the request would start: true drops it (it is rejected with RequestCancelledError). */
  isCancelled?: () => boolean;
  /** Called when the request is sent to the worker. */
  onDispatch?: () => void;
  /** Watchdog for this request (default: `requestTimeoutMs`). */
  timeoutMs?: number;
}

interface Entry {
  id: number;
  kind: AnalysisKind;
  payload: unknown;
  options: RequestOptions;
  resolve(result: unknown): void;
  reject(error: Error): void;
  timer?: ReturnType<typeof setTimeout>;
}

export interface AnalysisClientStats {
  starts: number;
  crashes: number;
  disabled: string | undefined;
  queued: number;
  running: AnalysisKind | undefined;
  lastRestartMs: number | undefined;
  dispatched: Partial<Record<AnalysisKind, number>>;
}

export class AnalysisClient {
  private worker: Worker | undefined;
  private ready = false;
  private disabledReason: string | undefined;
  private disposed = false;
  private readonly high: Entry[] = [];
  private readonly low: Entry[] = [];
  private current: Entry | undefined;
  private nextId = 1;
  /** Times of the recent crashes, for the restart limit. */
  private recentCrashes: number[] = [];
  /** Why the current worker is about to exit (an `error` event, the watchdog), for the crash report. */
  private exitReason: string | undefined;
  private crashedAt: number | undefined;
  private readonly counters = { starts: 0, crashes: 0, lastRestartMs: undefined as number | undefined };
  private readonly dispatched: Partial<Record<AnalysisKind, number>> = {};

  constructor(private readonly options: AnalysisClientOptions) {}

  /** Starts the worker; requests made before are queued until it is ready. */
  start(): void {
    if (this.worker || this.disabledReason !== undefined || this.counters.starts > 0) return;
    if (!fs.existsSync(this.options.script)) {
      this.disable(`the analysis worker script ${this.options.script} is missing`);
      return;
    }
    this.spawn();
  }

  /** Why analysis is disabled, or undefined while it works. */
  get disabled(): string | undefined {
    return this.disabledReason;
  }

  stats(): AnalysisClientStats {
    return {
      starts: this.counters.starts,
      crashes: this.counters.crashes,
      disabled: this.disabledReason,
      queued: this.high.length + this.low.length,
      running: this.current?.kind,
      lastRestartMs: this.counters.lastRestartMs,
      dispatched: { ...this.dispatched },
    };
  }

  request<K extends AnalysisKind>(kind: K, payload: PayloadOf<K>, options: RequestOptions = {}): Promise<ResultOf<K>> {
    if (this.disabledReason !== undefined) return Promise.reject(new AnalysisDisabledError(this.disabledReason));
    return new Promise<ResultOf<K>>((resolve, reject) => {
      const entry: Entry = { id: this.nextId++, kind, payload, options, resolve: resolve as (result: unknown) => void, reject };
      (options.priority === 'low' ? this.low : this.high).push(entry);
      this.pump();
    });
  }

  /** Stops the worker for good (server shutdown); whatever is pending is rejected. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.disabledReason ??= 'the server is shutting down';
    this.rejectAll(new AnalysisDisabledError(this.disabledReason));
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private spawn(): void {
    this.ready = false;
    this.exitReason = undefined;
    this.counters.starts++;
    const worker = new Worker(this.options.script, {
      workerData: this.options.startData,
      resourceLimits: this.options.resourceLimits,
      // Over stdio, the worker's output must not reach the protocol stream: it goes to the log instead.
      stdout: true,
      stderr: true,
    });
    this.worker = worker;
    worker.stdout.setEncoding('utf8').on('data', (chunk: string) => this.options.log('log', `[analysis worker] ${chunk.trimEnd()}`));
    worker.stderr.setEncoding('utf8').on('data', (chunk: string) => this.options.log('error', `[analysis worker] ${chunk.trimEnd()}`));
    worker.on('message', (message: WorkerMessage) => this.received(worker, message));
    worker.on('error', (error: Error & { code?: string }) => {
      if (worker !== this.worker) return;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.exitReason ??= `out of memory (limit ${this.options.resourceLimits?.maxOldGenerationSizeMb ?? 'default'} MB)`;
        return;
      }
      this.options.log('error', `uncaught exception in the analysis worker: ${error.stack ?? error.message}`);
      this.exitReason ??= `uncaught exception: ${error.message}`;
    });
    worker.on('messageerror', (error) => this.options.log('error', `a message from the analysis worker could not be read: ${error.message}`));
    worker.on('exit', (code) => this.exited(worker, code));
  }

  private received(worker: Worker, message: WorkerMessage): void {
    if (worker !== this.worker) return;
    if ('type' in message) {
      if (message.type === 'log') {
        this.options.log(message.level, message.message);
      } else if (message.type === 'ready') {
        this.ready = true;
        if (this.crashedAt !== undefined) {
          const ms = Date.now() - this.crashedAt;
          this.crashedAt = undefined;
          this.counters.lastRestartMs = ms;
          this.options.onRestart(ms);
        }
        this.pump();
      }
      return;
    }
    const entry = this.current;
    if (!entry || entry.id !== message.id) return;
    clearTimeout(entry.timer);
    this.current = undefined;
    if ('error' in message) entry.reject(new Error(message.error));
    else entry.resolve(message.result);
    this.pump();
  }

  /** Sends the next request that is still wanted, if the worker is idle. */
  private pump(): void {
    const worker = this.worker;
    if (!worker || !this.ready || this.current) return;
    for (let entry = this.high.shift() ?? this.low.shift(); entry; entry = this.high.shift() ?? this.low.shift()) {
      let cancelled: boolean;
      try {
        cancelled = entry.options.isCancelled?.() === true;
      } catch {
        cancelled = true;
      }
      if (cancelled) {
        entry.reject(new RequestCancelledError());
        continue;
      }
      // A close must run before the texts that follow it (the document may have been opened again since).
      const texts = entry.kind === 'close' ? undefined : this.options.takeTexts();
      const request: WorkerRequest = { id: entry.id, kind: entry.kind, payload: entry.payload as never, ...(texts && texts.length > 0 ? { texts } : {}) };
      this.current = entry;
      entry.timer = setTimeout(() => this.timedOut(entry), entry.options.timeoutMs ?? this.options.requestTimeoutMs);
      this.dispatched[entry.kind] = (this.dispatched[entry.kind] ?? 0) + 1;
      try {
        entry.options.onDispatch?.();
      } catch {
        // a counter, nothing more
      }
      worker.postMessage(request);
      return;
    }
  }

  private timedOut(entry: Entry): void {
    if (this.current !== entry || !this.worker) return;
    const seconds = (entry.options.timeoutMs ?? this.options.requestTimeoutMs) / 1000;
    this.exitReason = `a request (${entry.kind}) ran longer than ${seconds} s and was stopped`;
    void this.worker.terminate();
  }

  private exited(worker: Worker, code: number): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.ready = false;
    if (this.disposed) return;
    const reason = this.exitReason ?? `exited with code ${code}`;
    this.exitReason = undefined;
    const entry = this.current;
    this.current = undefined;
    if (entry) {
      clearTimeout(entry.timer);
      entry.reject(new WorkerCrashedError(reason));
    }
    this.counters.crashes++;
    this.options.onCrash(reason, entry?.kind);
    const now = Date.now();
    this.recentCrashes = [...this.recentCrashes.filter((time) => now - time < this.options.restartWindowMs), now];
    if (this.recentCrashes.length > this.options.maxRestarts) {
      const window = Math.round(this.options.restartWindowMs / 1000);
      this.disable(`the analysis worker crashed ${this.recentCrashes.length} times within ${window} s (last: ${reason})`);
      return;
    }
    this.crashedAt = now;
    this.spawn();
  }

  private disable(reason: string): void {
    this.disabledReason = reason;
    this.rejectAll(new AnalysisDisabledError(reason));
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.options.onDisabled(reason);
  }

  private rejectAll(error: Error): void {
    const entries = [...(this.current ? [this.current] : []), ...this.high.splice(0), ...this.low.splice(0)];
    this.current = undefined;
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
  }
}
