import { parseArgs } from 'node:util';
import {
  BUILTIN_WORKLOADS,
  STRATEGY_NAMES,
  type BenchmarkOptions,
  type BuiltinWorkloadName,
  type IoMode,
  type StrategyName,
} from '../benchmark/index';
import { UsageError } from './args';
import { errorMessage } from '../analyzer/errors';

export const BENCH_FORMATS = ['text', 'json', 'markdown'] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number];

export const PROGRESS_MODES = ['auto', 'text', 'json', 'none'] as const;
export type ProgressMode = (typeof PROGRESS_MODES)[number];

export type BenchCommandLine =
  | { help: true }
  | { help: false; options: BenchmarkOptions; format: BenchFormat; output?: string; progress: ProgressMode };

/** Parses `bench` arguments (after the command word); throws UsageError. */
export function parseBenchArgs(args: readonly string[]): BenchCommandLine {
  const { values, positionals } = parseOrThrowUsage(args);
  if (values.help) return { help: true };

  const common = {
    tasks: optionalWhole('--tasks', values.tasks, 1),
    strategies: values.strategies === undefined ? undefined : parseStrategies(values.strategies),
    rounds: optionalWhole('--rounds', values.rounds, 1),
    warmupRounds: optionalWhole('--warmup', values.warmup, 0),
    timeBudgetMs: optionalWhole('--time-budget', values['time-budget'], 0),
    timeoutMs: optionalWhole('--timeout', values.timeout, 1),
    poolSize: optionalWhole('--pool-size', values['pool-size'], 1),
  };

  let workload: BenchmarkOptions['workload'];
  if (values.builtin !== undefined) {
    if (positionals.length > 0) throw new UsageError(`--builtin and a file cannot be combined (got ${positionals.join(' ')})`);
    if (values.function !== undefined || values.args !== undefined) throw new UsageError('--function and --args need a FILE, not --builtin');
    workload = {
      kind: 'builtin',
      name: parseChoice('--builtin', values.builtin, BUILTIN_WORKLOADS) as BuiltinWorkloadName,
      taskMs: optionalWhole('--task-ms', values['task-ms'], 1),
      io: values.io === undefined ? undefined : (parseChoice('--io', values.io, ['timer', 'socket']) as IoMode),
    };
  } else {
    if (positionals.length === 0) throw new UsageError('bench needs --builtin cpu|io|mixed, or a FILE and --function NAME');
    if (positionals.length > 1) throw new UsageError(`bench takes one FILE, got ${positionals.join(' ')}`);
    if (values['task-ms'] !== undefined || values.io !== undefined) throw new UsageError('--task-ms and --io apply to --builtin workloads');
    workload = { kind: 'function', file: positionals[0], functionName: values.function ?? '', args: values.args };
  }

  return {
    help: false,
    options: { workload, ...withoutUndefined(common) },
    format: parseChoice('--format', values.format ?? 'text', BENCH_FORMATS) as BenchFormat,
    output: values.output,
    progress: values.quiet ? 'none' : (parseChoice('--progress', values.progress ?? 'auto', PROGRESS_MODES) as ProgressMode),
  };
}

function parseOrThrowUsage(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: {
        builtin: { type: 'string' },
        function: { type: 'string' },
        args: { type: 'string' },
        tasks: { type: 'string' },
        'task-ms': { type: 'string' },
        io: { type: 'string' },
        strategies: { type: 'string' },
        rounds: { type: 'string' },
        warmup: { type: 'string' },
        'time-budget': { type: 'string' },
        timeout: { type: 'string' },
        'pool-size': { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        progress: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
}

function parseChoice(flag: string, value: string, choices: readonly string[]): string {
  if (choices.includes(value)) return value;
  throw new UsageError(`${flag} must be one of ${choices.join(', ')}, not "${value}"`);
}

function optionalWhole(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!(value >= min) || !Number.isSafeInteger(value)) throw new UsageError(`${flag} must be a whole number >= ${min}, not "${text}"`);
  return value;
}

function parseStrategies(text: string): StrategyName[] {
  const names = text.split(',').map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError('--strategies needs at least one strategy');
  for (const name of names) parseChoice('--strategies', name, STRATEGY_NAMES);
  return [...new Set(names)] as StrategyName[];
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

export function benchHelpText(): string {
  return `Usage:
  concurrency-advisor bench --builtin cpu|io|mixed [--tasks N] [--task-ms MS] [--io timer|socket] [options]
  concurrency-advisor bench FILE --function NAME [--args JSON|EXPRESSION] [options]

Runs N tasks under several strategies and compares them: sequential (one after another on the main
thread), async (all started together, Promise.all), worker-threads (a pool of worker threads),
child-process (a pool of forked processes) and worker-threads+async (each worker starts its share
together; default for mixed workloads).

Workloads:
      --builtin <name>        cpu: a summing loop calibrated to --task-ms (default 200) per task
                              io: a wait of --task-ms (default 1000) per task
                              mixed: a wait, then a summing loop, each --task-ms (default 200)
      --io timer|socket       what the io wait is: a timer (default) or a loopback TCP round trip
  FILE --function <name>      an exported or top-level function of a .js/.ts file (bundled with esbuild)
      --args <json|expr>      its arguments: JSON (an array is the argument list), or a JavaScript
                              expression evaluated in the benchmark's processes, e.g. "[Array(1e5).fill(1)]"
                              Default: the function's "@benchmark args" JSDoc tag

Options:
      --tasks <n>             tasks per round (default: "@benchmark tasks" tag, else 5)
      --strategies <a,b,...>  strategies to run, in order
      --rounds <n>            timed rounds per strategy (default 5)
      --warmup <n>            untimed warm-up rounds per strategy (default 1)
      --time-budget <ms>      stop adding rounds after this long per strategy, once 2 are done (default 5000)
      --timeout <ms>          limit for each round, and for each pool start-up (at least 15 s; default 60000); a function
                              that exceeds it is stopped and reported
      --pool-size <n>         workers or processes per pool (default: min(tasks, available CPUs))
  -f, --format <format>       text (default), json or markdown
  -o, --output <file>         write the report to a file instead of stdout
      --progress <mode>       auto (a status line on a terminal), text, json (JSON lines) or none; on stderr
  -q, --quiet                 no progress (same as --progress none)
  -h, --help                  show this help

Exit codes: 0 every strategy ran, 1 a strategy failed (error or timeout; the report says why),
2 usage or internal error, 130 cancelled (SIGINT/SIGTERM).
`;
}
