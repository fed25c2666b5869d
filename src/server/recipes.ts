import type { Classification, FunctionResult } from '../analyzer/types';

/** What to do about a function of a classification, with a short example (JavaScript that also reads as TypeScript). */
export interface Recipe {
  /** Short name: "worker pool", "async API", ... */
  name: string;
  advice: string;
  example?: string;
}

const WORKER_POOL: Recipe = {
  name: 'worker pool',
  advice:
    'Move the computation to a worker-thread pool and await its result; a pool started once serves every call. ' +
    'Copying large arguments to a worker costs time too: measure before and after (the Benchmark lens).',
  example: [
    "// pool.js: one pool for the process (piscina, or a small worker_threads pool)",
    "const { Piscina } = require('piscina');",
    "const pool = new Piscina({ filename: require.resolve('./compute.worker.js') });",
    '',
    '// compute.worker.js: module.exports = (input) => compute(input);',
    'const result = await pool.run(input);',
  ].join('\n'),
};

const CHILD_PROCESS: Recipe = {
  name: 'child process',
  advice: 'Start the process asynchronously and await it: the event loop keeps serving while it runs.',
  example: [
    "const { execFile } = require('node:child_process');",
    "const { promisify } = require('node:util');",
    '',
    "const { stdout } = await promisify(execFile)('git', ['status', '--short']);",
  ].join('\n'),
};

const ASYNC_API: Recipe = {
  name: 'async API',
  advice: 'Use the non-blocking form of the API and await it (the function becomes async; its callers await it).',
  example: [
    "const { readFile } = require('node:fs/promises');",
    '',
    "const text = await readFile(file, 'utf8'); // instead of fs.readFileSync(file, 'utf8')",
  ].join('\n'),
};

const ASYNC_SLEEP: Recipe = {
  name: 'async sleep',
  advice: 'Wait without burning CPU: a timer promise lets the event loop run in the meantime.',
  example: ["const { setTimeout } = require('node:timers/promises');", '', 'await setTimeout(ms);'].join('\n'),
};

const PROMISE_ALL: Recipe = {
  name: 'Promise.all',
  advice: 'I/O-bound work belongs on the event loop: keep it async, and start independent operations together instead of one after another.',
  example: [
    'const [user, orders] = await Promise.all([getUser(id), getOrders(id)]);',
    '',
    '// for a list, in order of the input:',
    'const pages = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));',
  ].join('\n'),
};

const MIXED: Recipe = {
  name: 'mixed recipe',
  advice: 'Split the two: await the I/O on the main thread and hand only the computation to a worker-thread pool.',
  example: [
    "const text = await readFile(file, 'utf8');   // I/O: async, on the event loop",
    'const report = await pool.run(text);         // CPU: in a worker thread',
    'await writeFile(out, JSON.stringify(report)); // I/O again',
  ].join('\n'),
};

const NOTHING: Recipe = { name: 'nothing to do', advice: 'Nothing here blocks the event loop.' };

const CHILD_PROCESS_CALL = /\b(child_process\.|execSync|execFileSync|spawnSync)/;

/** The recipe for a function, from its classification and, where it tells more, its evidence. */
export function recipeFor(fn: Pick<FunctionResult, 'classification' | 'evidence'>): Recipe {
  const evidence = (kind: string) => fn.evidence.find((e) => e.message.startsWith(`${kind}:`));
  switch (fn.classification) {
    case 'cpu': {
      const cpu = fn.evidence.filter((e) => e.message.startsWith('cpu:'));
      return cpu.length > 0 && cpu.every((e) => e.kind === 'busy-wait') ? ASYNC_SLEEP : WORKER_POOL;
    }
    case 'blocking-io':
      return CHILD_PROCESS_CALL.test(evidence('blocking-io')?.message ?? '') ? CHILD_PROCESS : ASYNC_API;
    case 'io':
      return PROMISE_ALL;
    case 'mixed':
      return MIXED;
    default:
      return NOTHING;
  }
}

export function classificationLabel(classification: Classification): string {
  switch (classification) {
    case 'cpu':
      return 'CPU-bound';
    case 'io':
      return 'I/O-bound';
    case 'blocking-io':
      return 'Blocking I/O';
    case 'mixed':
      return 'Mixed CPU + I/O';
    default:
      return 'No significant work';
  }
}
