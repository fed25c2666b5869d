/**
 * What a known API does to the calling thread.
 * - async-io: starts non-blocking I/O (network, async fs, timers used for waiting, async child processes).
 * - threadpool: async, but the work runs on libuv's thread pool (async fs, zlib, crypto.pbkdf2 ...). Not blocking.
 * - blocking-io: synchronous I/O that blocks the thread on the OS.
 * - cpu-heavy: synchronous computation on the calling thread that grows with its input.
 * - sleep: blocks the thread only to wait (Atomics.wait).
 * - worker: hands work to another thread or process (not charged to the caller).
 * - timer: schedules a callback (setTimeout, setImmediate) without blocking.
 * - none: known to be cheap; listed so it is not mistaken for something else.
 */
export type ApiEffect = 'async-io' | 'threadpool' | 'blocking-io' | 'cpu-heavy' | 'sleep' | 'worker' | 'timer' | 'none';

export interface ApiInfo {
  effect: ApiEffect;
  /** The non-blocking replacement, e.g. "fs/promises.readFile" or "crypto.pbkdf2 (callback)". */
  alternative?: string;
  /** Only counts when the call has a function argument in last position (callback style) or none at all. */
  when?: 'callback' | 'no-callback';
  /**
   * Effect of the callback form when it differs from `effect` (used with `when: 'no-callback'`):
   * `crypto.randomBytes(n)` is cpu-heavy, `crypto.randomBytes(n, cb)` is threadpool.
   */
  withCallback?: ApiEffect;
  /** Calls returning an object whose methods are described by an instance table, e.g. `new pg.Client()` -> "pg#Client". */
  returns?: string;
  /** For cpu-heavy entries: how much work one call stands for (default 2; 1 for calls that are cheap on small inputs, such as JSON.parse). */
  weight?: number;
  /** For cpu-heavy entries whose cost grows with one argument (`randomBytes(size)`): its position. A small literal is cheap. */
  sizeArgument?: number;
  /**
   * Its result is the content the I/O produced (a file's bytes, a response body): the awaited value, or the
   * callback's data argument. Passing it on to computation is computing over input-sized data, not over a handle
   * or a file's metadata.
   */
  payload?: boolean;
  /**
   * For cpu-heavy entries: a text at `sizeArgument` is only quoted (`JSON.stringify(name)`), an escape as cheap as a
   * `replace`; other values are serialised.
   */
  quotesText?: true;
  /** Its function arguments are handlers it calls later (a stream's transform per chunk), not during the call. */
  handlers?: boolean;
  /**
   * For blocking-io entries: it loads or resolves a module (`require(file)`, `require.resolve(id)`). A function that
   * also does async I/O is an I/O function that loads a plugin or a locale file on the way, not a blocking one.
   */
  loadsModule?: true;
  /**
   * For cpu-heavy entries whose work grows with every argument from this position on (`merge(target, ...sources)`
   * walks its sources): when all of them are small (settings, literals), the call is cheap.
   */
  sizeArgumentsFrom?: number;
  /**
   * Only counts when the argument at this position is computed at run time (`require(id)`): one written in the code
   * (`require('./x')`) names a fixed module, loaded once like the rest.
   */
  computedArgument?: number;
  /**
   * The call blocks instead when its object was set up, in the same function, by a call of `method` with a literal
   * `false` at `argument`: `xhr.open('GET', url, false)` makes `xhr.send()` wait for the response.
   */
  blocksAfterSyncSetup?: { method: string; argument: number; alternative: string };
  /** Calls the function at this argument position now (`Q.nfcall(fs.readFile, p)`): the call does what it does. */
  invokes?: number;
  /** Calls now the functions of the task list (an array or object of functions) at this position (`async.series([a, b], done)`). */
  runsTasks?: number;
  /**
   * With `wraps`: the function handed back drives the generator function it wraps to its end (Babel's
   * `asyncToGenerator` helper loaded from its runtime package, a compiled async function).
   */
  runsGenerator?: true;
  /** Returns a function that runs the function at this argument position when it is called (`once(fn)`, `memoize(fn)`). */
  wraps?: number;
  /** Short reason for an effect that would surprise a reader (e.g. an async API that still runs on the main thread). */
  note?: string;
  /**
   * Queues what it is given and returns at once (a file stream's `write`): a loop calling it per row still computes
   * each row, where a loop that starts or waits for I/O per element is an I/O loop. A call passing a completion
   * callback waits, as other I/O does.
   */
  queues?: boolean;
  /** A timer without a delay (setImmediate, process.nextTick, queueMicrotask): it defers the callback, never waits. */
  defersOnly?: boolean;
  /**
   * Returns a list of no more elements than its first argument holds (lodash's `castArray`, `compact`, `uniq`): a loop
   * over the result is as long as one over the argument.
   */
  keepsElements?: boolean;
}

/**
 * One module's API, keyed by the member path from the module object:
 * "readFileSync", "promises.readFile", "webcrypto.subtle.digest".
 * "" describes calling the module object itself (e.g. `got(url)`, `require('glob')(...)`, `new Redis()`).
 * A default import is the module object, so there are no "default.*" keys.
 *
 * An instance table has a `module` of the form "owner#Type" (e.g. "pg#Client") and describes the
 * methods of the objects that entries with `returns: "pg#Client"` produce; its "" key is calling
 * the instance itself (an axios instance is callable).
 */
export interface ModuleTable {
  module: string;
  /** Other specifiers that load the same API (e.g. "lodash-es" for "lodash"). */
  aliases?: string[];
  /** Members of another table (module or instance table) this one re-exports (fs-extra includes fs). */
  extends?: string;
  api: Record<string, ApiInfo>;
  /** Effect for any other member call on this module (e.g. every method of an HTTP client is async-io). */
  defaultEffect?: ApiEffect;
}

/**
 * Packages published by one vendor in one shape, too many to list one by one (each AWS SDK v3 service client): the
 * specifiers by prefix, and what a member does by the shape of its name. A table for the exact specifier wins.
 */
export interface ModuleFamily {
  prefixes: readonly string[];
  members: readonly { name: RegExp; info: ApiInfo }[];
}
