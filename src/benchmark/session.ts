/**
 * One strategy's run on its own host process: start (pool start-up and warm-up), timed rounds on demand, finish.
 * A failure (the user's error, a timeout) stops the host and is recorded; an abort is rethrown.
 */
import { errorText, isAbortError } from './errors';
import { HostProcess } from './host-process';
import type { RoundSample, WorkloadSpec } from './protocol';
import type { BenchmarkProgress, StrategyName } from './types';

/**
 * Starting a pool on a busy machine can take seconds: its limit is the round timeout, but never less than this
 * (the module's top-level code runs during start-up, so a hang there is still caught).
 */
const MIN_STARTUP_TIMEOUT_MS = 15_000;

export interface SessionSettings {
  tasks: number;
  rounds: number;
  warmupRounds: number;
  timeBudgetMs: number;
  timeoutMs: number;
  poolSize: number;
  cwd?: string;
}

export interface SessionHooks {
  signal?: AbortSignal;
  progress: (event: BenchmarkProgress) => void;
  onOutput?: (text: string) => void;
}

export interface StrategyOutcome {
  name: StrategyName;
  samples: RoundSample[];
  startupMs: number;
  peakRssMb: number;
  error?: string;
}

export class StrategySession {
  readonly outcome: StrategyOutcome;
  private host: HostProcess | undefined;
  /** Time spent in this strategy's timed rounds, for the time budget. */
  private timedMs = 0;
  private finished = false;

  constructor(
    readonly name: StrategyName,
    private readonly workload: WorkloadSpec,
    private readonly settings: SessionSettings,
    private readonly hooks: SessionHooks,
  ) {
    this.outcome = { name, samples: [], startupMs: 0, peakRssMb: 0 };
  }

  /** Starts the host and the strategy's pool, then runs the warm-up rounds. */
  async start(): Promise<void> {
    const { settings } = this;
    await this.guard(async (host) => {
      this.hooks.progress({ phase: 'start', message: `${this.name}: starting` });
      const ready = await host.request(
        { type: 'setup', strategy: this.name, workload: this.workload, tasks: settings.tasks, poolSize: settings.poolSize },
        'ready',
        { ...this.limits('start-up'), timeoutMs: Math.max(settings.timeoutMs, MIN_STARTUP_TIMEOUT_MS) },
      );
      this.outcome.startupMs = ready.startupMs;
      for (let round = 1; round <= settings.warmupRounds; round++) {
        this.hooks.progress({ phase: 'warmup', message: `${this.name}: warm-up round ${round}/${settings.warmupRounds}` });
        // concurrency-advisor-disable-next-line await-in-loop-independent -- rounds must not overlap
        await host.request({ type: 'round' }, 'round-done', this.limits('warm-up round'));
      }
    });
  }

  /** Another timed round is due: fewer than `rounds`, and not past the time budget once 2 are done. */
  wantsRound(): boolean {
    if (this.finished || this.outcome.error !== undefined) return false;
    const { rounds, timeBudgetMs } = this.settings;
    const done = this.outcome.samples.length;
    return done < rounds && !(done >= Math.min(2, rounds) && this.timedMs >= timeBudgetMs);
  }

  async round(): Promise<void> {
    const round = this.outcome.samples.length + 1;
    await this.guard(async (host) => {
      const began = performance.now();
      const { sample } = await host.request({ type: 'round' }, 'round-done', this.limits(`round ${round}`));
      this.timedMs += performance.now() - began;
      this.outcome.samples.push(sample);
      this.hooks.progress({
        phase: 'round',
        message: `${this.name}: round ${round}/${this.settings.rounds} (${Math.round(sample.wallMs)} ms)`,
        round,
        rounds: this.settings.rounds,
        wallMs: sample.wallMs,
      });
    });
  }

  /** Tears the pool down (reading the peak RSS) and ends the host. */
  async finish(): Promise<void> {
    await this.guard(async (host) => {
      const { peakRssMb } = await host.request({ type: 'teardown' }, 'torn-down', this.limits('tear-down'));
      this.outcome.peakRssMb = peakRssMb;
      await host.close();
      this.finished = true;
    });
  }

  /** Stops the host whatever state it is in (after an abort or a failure elsewhere). */
  async dispose(): Promise<void> {
    await this.host?.stop();
  }

  private limits(what: string) {
    return { timeoutMs: this.settings.timeoutMs, what, signal: this.hooks.signal };
  }

  private async guard(step: (host: HostProcess) => Promise<void>): Promise<void> {
    if (this.finished || this.outcome.error !== undefined) return;
    this.host ??= HostProcess.spawn({ cwd: this.settings.cwd, onOutput: this.hooks.onOutput });
    try {
      await step(this.host);
    } catch (error) {
      await this.host.stop();
      if (isAbortError(error)) throw error;
      this.outcome.error = error instanceof Error && error.name === 'TimeoutError'
        ? `${error.message}: ${stoppedHow(this.name)}`
        : errorText(error);
      this.hooks.progress({ phase: 'error', message: `${this.name}: ${this.outcome.error.split('\n')[0]}` });
    }
  }
}

function stoppedHow(name: StrategyName): string {
  if (name === 'worker-threads' || name === 'worker-threads+async') return 'the function was stopped (worker threads terminated)';
  if (name === 'child-process') return 'the function was stopped (child processes killed)';
  return 'the function was stopped (benchmark process killed)';
}
