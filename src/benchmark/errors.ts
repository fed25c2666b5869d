/** Errors crossing thread and process boundaries, with stacks trimmed to the user's frames. */
import * as path from 'node:path';
import type { SerializedError } from './protocol';

/**
 * Where the benchmark's own code lives: this folder (dist/ when bundled, src/benchmark/ from source) and the
 * sources that dist/'s source maps point to. The user's bundle helpers (frames still in the temp bundle,
 * not mapped back to a source file) are not the user's code either.
 */
const OWN_DIRS = [__dirname, path.resolve(__dirname, '..', 'src', 'benchmark')].map((dir) => dir + path.sep);
const NOT_USER_FRAME = /concurrency-advisor-bench-[^\\/]+[\\/]target\.cjs/;

function isOwnFrame(line: string): boolean {
  return NOT_USER_FRAME.test(line) || OWN_DIRS.some((dir) => line.includes(dir));
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    return { name: error.name, message: error.message, stack: typeof error.stack === 'string' ? trimStack(error.stack) : undefined };
  }
  return { name: 'Error', message: `non-error thrown: ${describeThrown(error)}` };
}

/**
 * Keeps the message and the frames above the first frame of the benchmark's machinery: that is the user's
 * code (and what it called); below it is how the benchmark called it.
 */
export function trimStack(stack: string): string {
  const lines = stack.split('\n');
  const firstOwn = lines.findIndex((line, index) => index > 0 && /^\s+at /.test(line) && isOwnFrame(line));
  return (firstOwn < 0 ? lines : lines.slice(0, firstOwn)).join('\n');
}

/** An Error again, e.g. to reject a promise with what a worker reported. */
export function deserializeError(serialized: SerializedError): Error {
  const error = new Error(serialized.message);
  error.name = serialized.name;
  error.stack = serialized.stack ?? `${serialized.name}: ${serialized.message}`;
  return error;
}

/**
 * The report's text for an error: its stack trimmed to the user's frames when there is one (it starts with the
 * message), else name: message. The benchmark's own errors (a process that exited, a bad export) keep no frames.
 */
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const head = `${error.name}: ${error.message}`;
    return typeof error.stack === 'string' && error.stack.includes(error.message) ? trimStack(error.stack) : head;
  }
  return describeThrown(error);
}

function describeThrown(value: unknown): string {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

export function abortError(reason?: unknown): Error {
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const error = new Error('the benchmark was cancelled');
  error.name = 'AbortError';
  return error;
}
