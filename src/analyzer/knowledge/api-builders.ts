import type { ApiInfo } from './types';

/** Building blocks of the API tables: the common effects, written once. */

export const none: ApiInfo = { effect: 'none' };
export const asyncIo: ApiInfo = { effect: 'async-io' };
/** A request whose result is the response, body included. */
export const requestsContent: ApiInfo = { effect: 'async-io', payload: true };
export const threadpool: ApiInfo = { effect: 'threadpool' };
/** Reads a file's content on the thread pool. */
export const readsContent: ApiInfo = { effect: 'threadpool', payload: true };
export const worker: ApiInfo = { effect: 'worker' };
/** Runs its callback after a delay, as the global setTimeout does. */
export const timer: ApiInfo = { effect: 'timer' };
export const deferral: ApiInfo = { effect: 'timer', defersOnly: true };
export const blocking = (alternative: string): ApiInfo => ({ effect: 'blocking-io', alternative });
export const cpuHeavy = (alternative?: string): ApiInfo =>
  alternative === undefined ? { effect: 'cpu-heavy' } : { effect: 'cpu-heavy', alternative };
export const invokesFirst: ApiInfo = { effect: 'none', invokes: 0 };
export const wrapsFirst: ApiInfo = { effect: 'none', wraps: 0 };
export const settingsStore = blocking('read the settings once at start-up and write them back asynchronously');
/** A parser over its first argument, like JSON.parse: a constant text is cheap. */
export const parsesText: ApiInfo = { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'parse in a worker thread' };
/**
 * A parser of a whole program or stylesheet into a syntax tree (Babel, acorn, esprima, PostCSS): heavier than a data
 * parser such as JSON.parse, as heavy as a YAML or markdown parser.
 */
export const parsesProgram: ApiInfo = { effect: 'cpu-heavy', sizeArgument: 0, alternative: 'parse in a worker thread' };
/**
 * A parser of a data format written in JavaScript (JSON5, TOML): a tokenizer and a grammar run in the script, heavier
 * than the engine's native JSON.parse, as heavy as a YAML parser. (INI parsers split lines with a regular expression:
 * light, like JSON.parse.)
 */
export const parsesTextInScript: ApiInfo = { effect: 'cpu-heavy', sizeArgument: 0, alternative: 'parse in a worker thread' };
/** A walk over a whole syntax tree (estree-walker, `@babel/traverse`, css-tree's `walk`): a step per node. */
export const walksTree: ApiInfo = cpuHeavy('walk the tree in a worker thread');
/** A walk over a whole stylesheet (PostCSS's `walkDecls` and kin), a step per node. */
export const walksStylesheet: ApiInfo = cpuHeavy('walk the stylesheet in a worker thread, or at build time');
/** Printing a syntax tree back to code (escodegen, `@babel/generator`): a step per node. */
export const printsTree: ApiInfo = cpuHeavy('print the code in a worker thread, or at build time');
/** A serialiser of its first argument, like JSON.stringify: a constant value is cheap. */
export const serialises: ApiInfo = { effect: 'cpu-heavy', weight: 1, sizeArgument: 0, alternative: 'serialise in a worker thread' };
export const creates = (instanceType: string, effect: ApiInfo['effect'] = 'none'): ApiInfo => ({ effect, returns: instanceType });

/** Listener registration on event emitters: never I/O by itself. */
export const listenerApi: Record<string, ApiInfo> = {
  on: none,
  once: none,
  off: none,
  addListener: none,
  removeListener: none,
  removeAllListeners: none,
};

/** An API returning a promise whose work still runs on the calling thread. */
export const computesBeforeResolving = (alternative: string, note: string): ApiInfo => ({ effect: 'cpu-heavy', alternative, note });
