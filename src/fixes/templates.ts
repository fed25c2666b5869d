/** Source of the files the worker and child-process fixes create, in the module format and style asked for. */

export type Format = 'cjs' | 'esm' | 'ts';

export interface TemplateStyle {
  quote: "'" | '"';
  semicolons: boolean;
  eol: string;
  indentUnit: string;
}

/** Applies quotes, semicolons, indentation and line ends to a template written with `'`, `;`, two spaces and `\n`. */
export function styled(template: string, style: TemplateStyle): string {
  let text = template;
  if (style.quote === '"') text = text.replace(/'([^'\n]*)'/g, (_m, inner: string) => `"${inner.replace(/"/g, '\\"')}"`);
  if (!style.semicolons) text = text.replace(/;$/gm, '');
  if (style.indentUnit !== '  ') text = text.replace(/^((?: {2})+)/gm, (m) => style.indentUnit.repeat(m.length / 2));
  if (style.eol !== '\n') text = text.replace(/\n/g, style.eol);
  return text;
}

const HEADER = '// Created by Concurrency Advisor.';

/** A pool of worker threads per worker file: `runInWorker(file, ...args)` resolves to what the file's function returns. */
export function workerPool(format: Format): string {
  const ts = format === 'ts';
  const t = (annotation: string) => (ts ? annotation : '');
  const imports =
    format === 'cjs'
      ? "'use strict';\n" + HEADER + '\n' + POOL_DOC + "const { Worker } = require('node:worker_threads');\nconst os = require('node:os');\n"
      : HEADER + '\n' + POOL_DOC + "import { Worker } from 'node:worker_threads';\nimport * as os from 'node:os';\n";
  const types = ts
    ? `
interface Task {
  id: number;
  resolve: (value: any) => void;
  reject: (error: unknown) => void;
}

interface Pool {
  file: string | URL;
  workers: Set<Worker>;
  idle: Set<Worker>;
  running: Map<Worker, Task>;
  waiting: ((worker: Worker | null) => void)[];
  nextId: number;
}
`
    : '';
  const exportKeyword = format === 'cjs' ? '' : 'export ';
  return `${imports}${types}
/** One thread per core: more would only take turns on the same cores. */
const size = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
const pools = new Map${t('<string, Pool>')}();

/** Runs the function that \`file\` exposes (see its \`.worker\` module) on a pooled worker thread. */
${exportKeyword}async function runInWorker${t('<T = unknown>')}(file${t(': string | URL')}, ...args${t(': unknown[]')})${t(': Promise<T>')} {
  const pool = poolFor(file);
  const worker = takeIdle(pool) ?? (pool.workers.size < size ? spawn(pool) : await nextWorker(pool));
  return new Promise((resolve, reject) => {
    const id = pool.nextId++;
    pool.running.set(worker, { id, resolve, reject });
    worker.ref();
    try {
      worker.postMessage({ id, args });
    } catch (error) {
      // The arguments could not be copied (a function, a class instance with private state...).
      pool.running.delete(worker);
      release(pool, worker);
      reject(error);
    }
  });
}

function poolFor(file${t(': string | URL')})${t(': Pool')} {
  const key = String(file);
  let pool = pools.get(key);
  if (!pool) {
    pool = { file, workers: new Set(), idle: new Set(), running: new Map(), waiting: [], nextId: 0 };
    pools.set(key, pool);
  }
  return pool;
}

function takeIdle(pool${t(': Pool')})${t(': Worker | undefined')} {
  const worker = pool.idle.values().next().value;
  if (worker) pool.idle.delete(worker);
  return worker;
}

/** Waits until a worker comes free; when one dies instead, a replacement is started. */
function nextWorker(pool${t(': Pool')})${t(': Promise<Worker>')} {
  return new Promise${t('<Worker | null>')}((resolve) => pool.waiting.push(resolve)).then((worker) => worker ?? spawn(pool));
}

function release(pool${t(': Pool')}, worker${t(': Worker')})${t(': void')} {
  // An idle worker must not keep the process alive.
  worker.unref();
  const waiter = pool.waiting.shift();
  if (waiter) waiter(worker);
  else pool.idle.add(worker);
}

function spawn(pool${t(': Pool')})${t(': Worker')} {
  const worker = new Worker(pool.file);
  pool.workers.add(worker);
  worker.on('message', (message${t(': { id: number; ok: boolean; value?: unknown; error?: unknown }')}) => {
    const task = pool.running.get(worker);
    pool.running.delete(worker);
    if (task && task.id === message.id) {
      if (message.ok) task.resolve(message.value);
      else task.reject(message.error);
    }
    release(pool, worker);
  });
  worker.on('error', (error) => {
    const task = pool.running.get(worker);
    pool.running.delete(worker);
    if (task) task.reject(error);
  });
  worker.on('exit', (code) => {
    const task = pool.running.get(worker);
    pool.running.delete(worker);
    if (task) task.reject(new Error(\`worker \${String(pool.file)} exited with code \${code}\`));
    pool.workers.delete(worker);
    pool.idle.delete(worker);
    // Someone waiting for a worker starts a replacement.
    const waiter = pool.waiting.shift();
    if (waiter) waiter(null);
  });
  return worker;
}
${format === 'cjs' ? '\nmodule.exports = { runInWorker };\n' : ''}`;
}

const POOL_DOC = '// A small pool of worker threads, one pool per worker file, as many threads as cores, started on demand; tasks\n// are matched to answers by id and errors come back as rejections. Reuse it for every task: starting a worker\n// costs milliseconds.\n';

/** The same `runInWorker(file, ...args)` on piscina, for projects that depend on it. */
export function piscinaPool(format: Format): string {
  const ts = format === 'ts';
  const t = (annotation: string) => (ts ? annotation : '');
  const head =
    format === 'cjs'
      ? `'use strict';\n${HEADER}\n// runInWorker(file, ...args) runs the function a .worker module exports on piscina's thread pool.\nconst Piscina = require('piscina');\n`
      : `${HEADER}\n// runInWorker(file, ...args) runs the function a .worker module exports on piscina's thread pool.\nimport Piscina from 'piscina';\n`;
  return `${head}
const pools = new Map${t('<string, Piscina>')}();

${format === 'cjs' ? '' : 'export '}function runInWorker${t('<T = unknown>')}(file${t(': string | URL')}, ...args${t(': unknown[]')})${t(': Promise<T>')} {
  const key = String(file);
  let pool = pools.get(key);
  if (!pool) {
    pool = new Piscina({ filename: key });
    pools.set(key, pool);
  }
  return pool.run(args);
}
${format === 'cjs' ? '\nmodule.exports = { runInWorker };\n' : ''}`;
}

/** `runInChildProcess(file, ...args)`: forks the module, sends the arguments, resolves to its answer. */
export function processRunner(format: Format): string {
  const ts = format === 'ts';
  const t = (annotation: string) => (ts ? annotation : '');
  const doc = '// runInChildProcess(file, ...args) forks `file` (a .process module), sends it the arguments and resolves to its\n// answer; the child exits after answering. A crash or exit of the child rejects instead of taking this process down.\n';
  const head =
    format === 'cjs'
      ? `'use strict';\n${HEADER}\n${doc}const { fork } = require('node:child_process');\nconst { fileURLToPath } = require('node:url');\n`
      : `${HEADER}\n${doc}import { fork } from 'node:child_process';\nimport { fileURLToPath } from 'node:url';\n`;
  return `${head}
${format === 'cjs' ? '' : 'export '}function runInChildProcess${t('<T = unknown>')}(file${t(': string | URL')}, ...args${t(': unknown[]')})${t(': Promise<T>')} {
  return new Promise((resolve, reject) => {
    // 'advanced' serialization copies values like postMessage does (Map, Set, Date, typed arrays, errors).
    const child = fork(file instanceof URL ? fileURLToPath(file) : file, [], { serialization: 'advanced' });
    let settled = false;
    child.once('message', (message${t(': any')}) => {
      settled = true;
      if (message.ok) resolve(message.value);
      else reject(message.error);
    });
    child.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    child.once('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      reject(new Error(\`child process \${String(file)} exited (\${signal ?? code}) before answering\`));
    });
    child.send({ args });
  });
}
${format === 'cjs' ? '\nmodule.exports = { runInChildProcess };\n' : ''}`;
}

export interface TaskModule {
  /** JavaScript module format of the created file. */
  format: 'cjs' | 'esm';
  /** Copied import/require lines, constants and helpers, in order. */
  prelude: string[];
  /** The function's declaration. */
  body: string;
  /** Name to call. */
  name: string;
  /** Where the function came from, for the header comment. */
  origin: string;
  needsRequire: boolean;
}

function preludeText(module: TaskModule): string {
  const lines: string[] = [];
  if (module.format === 'esm' && module.needsRequire) lines.push("import { createRequire } from 'node:module';", 'const require = createRequire(import.meta.url);');
  return [...lines, ...module.prelude].join('\n');
}

/** Copied code: one-line declarations together, multi-line ones (functions) set apart by blank lines. */
export function joinPrelude(items: readonly string[], eol: string): string {
  let text = '';
  items.forEach((item, i) => {
    if (i > 0) text += item.includes('\n') || items[i - 1].includes('\n') ? eol + eol : eol;
    text += item;
  });
  return text;
}

/** The worker-thread module: runs `name(...args)` for each `{ id, args }` message and answers `{ id, ok, value | error }`. */
export function workerModule(module: TaskModule, piscina: boolean): string {
  const cjs = module.format === 'cjs';
  const head = `${cjs ? "'use strict';\n" : ''}${HEADER}\n// Runs ${module.name}() from ${module.origin} in a worker thread: a copy of the function and of what it uses.\n// Keep it in step with the original, or make the original import it from here.\n`;
  const prelude = preludeText(module);
  if (piscina) {
    const exportLine = cjs ? `module.exports = (args) => ${module.name}(...args);` : `export default (args) => ${module.name}(...args);`;
    return `${head}${prelude ? prelude + '\n' : ''}\n${module.body}\n\n// piscina calls this with the arguments runInWorker() was given.\n${exportLine}\n`;
  }
  const importPort = cjs ? "const { parentPort } = require('node:worker_threads');" : "import { parentPort } from 'node:worker_threads';";
  return `${head}${importPort}\n${prelude ? prelude + '\n' : ''}\n${module.body}\n
parentPort.on('message', async ({ id, args }) => {
  try {
    parentPort.postMessage({ id, ok: true, value: await ${module.name}(...args) });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error });
  }
});
`;
}

/** The child-process module: answers one `{ args }` message with `{ ok, value | error }`, then disconnects and exits. */
export function processModule(module: TaskModule): string {
  const cjs = module.format === 'cjs';
  const head = `${cjs ? "'use strict';\n" : ''}${HEADER}\n// Runs ${module.name}() from ${module.origin} in a child process of its own: blocking this process's event loop\n// is the point, so the rule is off here.\n/* concurrency-advisor-disable cpu-heavy-on-event-loop mixed-workload */\n`;
  const prelude = preludeText(module);
  return `${head}${prelude ? prelude + '\n' : ''}\n${module.body}\n
process.once('message', async ({ args }) => {
  let answer;
  try {
    answer = { ok: true, value: await ${module.name}(...args) };
  } catch (error) {
    answer = { ok: false, error };
  }
  process.send(answer, () => process.disconnect());
});
`;
}
