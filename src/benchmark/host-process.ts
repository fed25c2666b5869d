/**
 * The runner's handle on one benchmark host process: typed requests with a timeout and an AbortSignal, and a
 * stop that always works (ask the host to terminate its workers and kill its children, then SIGKILL whatever is left).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { childEntry } from './entries';
import { abortError, deserializeError } from './errors';
import type { HostRequest, HostResponse } from './protocol';

type Answer<T extends HostResponse['type']> = Extract<HostResponse, { type: T }>;
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Pending = { resolve: (response: HostResponse) => void; reject: (error: Error) => void };

/** How long a host gets to stop on its own before it is killed. */
const STOP_GRACE_MS = 300;

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

export class HostProcess {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly childPids = new Set<number>();
  private failure: Error | undefined;
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.on('message', (message: HostResponse) => this.receive(message));
    child.on('error', (error) => this.fail(error));
    child.once('exit', (code, signal) => {
      // Messages sent just before the exit (a fatal error) may still be on their way: let them win.
      setTimeout(() => this.fail(new Error(`the benchmark process exited unexpectedly (${signal ?? `code ${code}`})`)), 50);
    });
  }

  /** Forks a host. Its stdout and stderr (the benchmarked code's output) go to `onOutput`, or are dropped. */
  static spawn(options: { cwd?: string; onOutput?: (text: string) => void }): HostProcess {
    const entry = childEntry();
    const child = fork(entry.modulePath, ['host'], {
      cwd: options.cwd,
      execArgv: entry.execArgv,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (text: string) => options.onOutput?.(text));
    }
    return new HostProcess(child);
  }

  /**
   * Sends a request and waits for its answer. Rejects with a TimeoutError after `timeoutMs`, with an AbortError
   * when `signal` aborts, and with the user's error when the host reports one (the caller then stops the host).
   */
  request<T extends HostResponse['type']>(
    request: WithoutId<Exclude<HostRequest, { type: 'stop' }>>,
    expected: T,
    limits: { timeoutMs: number; what: string; signal?: AbortSignal },
  ): Promise<Answer<T>> {
    if (this.failure) return Promise.reject(this.failure);
    if (limits.signal?.aborted) return Promise.reject(abortError(limits.signal.reason));
    const id = this.nextId++;
    return new Promise<HostResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        settle();
        reject(new TimeoutError(`${limits.what} timed out after ${limits.timeoutMs} ms`));
      }, limits.timeoutMs);
      const onAbort = () => {
        settle();
        reject(abortError(limits.signal?.reason));
      };
      const settle = () => {
        clearTimeout(timer);
        limits.signal?.removeEventListener('abort', onAbort);
        this.pending.delete(id);
      };
      limits.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (response) => {
          settle();
          resolve(response);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      });
      this.child.send({ ...request, id } as HostRequest, (error) => {
        if (error) this.pending.get(id)?.reject(error);
      });
    }).then((response) => {
      if (response.type !== expected) throw new Error(`expected "${expected}" from the benchmark process, got "${response.type}"`);
      return response as Answer<T>;
    });
  }

  /** Normal end: the host exits once disconnected; killed if it does not within the grace period. */
  async close(): Promise<void> {
    if (this.isRunning()) {
      try {
        this.child.disconnect();
      } catch {
        // already disconnected
      }
    }
    await this.waitOrKill();
  }

  /** Stops a host that may be stuck: asks it to stop its pool and exit, then kills it and its children. */
  async stop(): Promise<void> {
    if (this.isRunning() && this.child.connected) {
      try {
        this.child.send({ type: 'stop' } satisfies HostRequest);
      } catch {
        // the channel is gone: kill below
      }
    }
    await this.waitOrKill();
  }

  private async waitOrKill(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), STOP_GRACE_MS);
    });
    const exitedInTime = this.isRunning() ? await Promise.race([this.exited.then(() => true), graceOver]) : true;
    clearTimeout(timer);
    if (!exitedInTime) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    if (!exitedInTime) {
      // The host could not kill its pool: do it here (a stuck child process would otherwise keep spinning).
      for (const pid of this.childPids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }

  private isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  private receive(message: HostResponse): void {
    if (message.type === 'children') {
      for (const pid of message.pids) this.childPids.add(pid);
      return;
    }
    if (message.type === 'fatal') {
      this.fail(deserializeError(message.error));
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'failed') pending.reject(deserializeError(message.error));
    else pending.resolve(message);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of [...this.pending.values()]) pending.reject(this.failure);
  }
}
