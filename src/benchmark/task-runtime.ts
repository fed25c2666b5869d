/**
 * The workload as loaded by whoever runs tasks: the host's main thread, a worker thread or a child process.
 * Arguments are built ahead of the timed round (`prepare`), and results are consumed so none is optimised away.
 */
import { createRequire } from 'node:module';
import * as vm from 'node:vm';
import type { ArgsSpec, WorkloadSpec } from './protocol';
import { builtinTask } from './workloads';

/** Set by the bundle (see bundle.ts) to the benchmarked function, whatever the module exports. */
export const TARGET_SYMBOL_KEY = 'concurrency-advisor.benchmark-target';

/** Results end up here: a live, observable sink the JIT cannot prove dead. */
const sink: unknown[] = new Array(16);
let sinkIndex = 0;

export function consume(value: unknown): void {
  sink[sinkIndex] = value;
  sinkIndex = (sinkIndex + 1) & 15;
}

export class TaskRuntime {
  private readonly prepared: unknown[][] = [];

  private constructor(
    private readonly fn: (...args: unknown[]) => unknown,
    private readonly makeArgs: () => unknown[],
  ) {}

  static load(workload: WorkloadSpec): TaskRuntime {
    if (workload.kind !== 'function') return new TaskRuntime(builtinTask(workload), () => []);
    const fn = loadTarget(workload.bundlePath, workload.functionName);
    return new TaskRuntime(fn, argumentFactory(workload.args, workload.sourceFile));
  }

  /** Builds the arguments of the next `count` calls now, outside the timing. */
  prepare(count: number): void {
    this.prepared.length = 0;
    for (let i = 0; i < count; i++) this.prepared.push(this.makeArgs());
  }

  /** One call with fresh arguments: returns what the function returns (a promise for async functions) or throws. */
  call(): unknown {
    const args = this.prepared.pop() ?? this.makeArgs();
    // A plain call: `this` is undefined, as in `fn(...args)` in the user's code.
    return Reflect.apply(this.fn, undefined, args);
  }

  /** One call as a promise: a synchronous throw becomes a rejection; the result is consumed. */
  async callAsync(): Promise<unknown> {
    const value = await this.call();
    consume(value);
    return value;
  }

  /** `count` calls one after another (each awaited) or all started together. */
  async run(count: number, concurrent: boolean): Promise<unknown[]> {
    if (concurrent) {
      const started: Promise<unknown>[] = [];
      for (let i = 0; i < count; i++) started.push(this.callAsync());
      return Promise.all(started);
    }
    const values: unknown[] = [];
    for (let i = 0; i < count; i++) values.push(await this.callAsync());
    return values;
  }
}

/** The benchmarked function from the bundle: the one the bundle marked, else an export of that name. */
function loadTarget(bundlePath: string, functionName: string): (...args: unknown[]) => unknown {
  const key = Symbol.for(TARGET_SYMBOL_KEY);
  const global = globalThis as Record<symbol, unknown>;
  delete global[key];
  const exports: unknown = require(bundlePath);
  const marked = global[key];
  if (typeof marked === 'function') return marked as (...args: unknown[]) => unknown;
  const candidates = [
    property(exports, functionName),
    property(property(exports, 'default'), functionName),
    functionName === 'default' ? exports : undefined,
    typeof exports === 'function' && exports.name === functionName ? exports : undefined,
  ];
  const found = candidates.find((candidate) => typeof candidate === 'function');
  if (found === undefined) {
    throw new Error(`"${functionName}" is not a function exported or declared at the top level of its module`);
  }
  return found as (...args: unknown[]) => unknown;
}

function property(value: unknown, key: string): unknown {
  return (typeof value === 'object' || typeof value === 'function') && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** Fresh arguments for each call: JSON parsed again, or the expression evaluated again, in this thread. */
function argumentFactory(args: ArgsSpec, sourceFile: string): () => unknown[] {
  switch (args.kind) {
    case 'none':
      return () => [];
    case 'json':
      return () => toArgumentList(JSON.parse(args.text));
    case 'expression': {
      // `require` resolves from the user's file, so expressions can use their project's modules.
      const evaluate = vm.runInThisContext(`(function (require) { return (${args.source}\n); })`, {
        filename: 'benchmark-arguments.js',
      }) as (require: NodeJS.Require) => unknown;
      const userRequire = createRequire(sourceFile);
      return () => toArgumentList(evaluate(userRequire));
    }
  }
}

/** An array is the argument list; anything else is the only argument. */
export function toArgumentList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
