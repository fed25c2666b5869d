/**
 * Where the worker and child-process entry scripts are. Bundled (dist/cli.js, dist/api.js): dist/bench-worker.js
 * and dist/bench-child.js beside this code. From source (tests under tsx): the .ts entries, loaded through tsx.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { WorkerOptions } from 'node:worker_threads';

const BUNDLED_WORKER = 'bench-worker.js';
const BUNDLED_CHILD = 'bench-child.js';
const SOURCE_WORKER = 'worker-entry.ts';
const SOURCE_CHILD = 'child-entry.ts';

type Layout = { kind: 'bundled'; dir: string } | { kind: 'source'; dir: string; tsxRequire: string };

let layout: Layout | undefined;

function findLayout(): Layout {
  if (layout) return layout;
  if (fs.existsSync(path.join(__dirname, BUNDLED_WORKER)) && fs.existsSync(path.join(__dirname, BUNDLED_CHILD))) {
    layout = { kind: 'bundled', dir: __dirname };
  } else if (fs.existsSync(path.join(__dirname, SOURCE_WORKER))) {
    let tsxRequire: string;
    try {
      // (createRequire: a bundler must not try to resolve tsx, which only exists in development)
      tsxRequire = createRequire(__filename).resolve('tsx/cjs');
    } catch {
      throw new Error(`the benchmark runs from source (${__dirname}) but tsx is not installed to load it; run "npm run build" and use dist/`);
    }
    layout = { kind: 'source', dir: __dirname, tsxRequire };
  } else {
    throw new Error(`the benchmark's entry scripts (${BUNDLED_WORKER}, ${BUNDLED_CHILD}) are missing from ${__dirname}`);
  }
  return layout;
}

/** `new Worker(filename, options)` for an executor thread. */
export function workerEntry(): { filename: string; options: WorkerOptions } {
  const found = findLayout();
  if (found.kind === 'bundled') return { filename: path.join(found.dir, BUNDLED_WORKER), options: { execArgv: [] } };
  const code = `require(${JSON.stringify(found.tsxRequire)}); require(${JSON.stringify(path.join(found.dir, SOURCE_WORKER))});`;
  return { filename: code, options: { eval: true, execArgv: [] } };
}

/** `fork(modulePath, [role], { execArgv })` for the host and for executor processes. */
export function childEntry(): { modulePath: string; execArgv: string[] } {
  const found = findLayout();
  if (found.kind === 'bundled') return { modulePath: path.join(found.dir, BUNDLED_CHILD), execArgv: [] };
  return { modulePath: path.join(found.dir, SOURCE_CHILD), execArgv: ['--require', found.tsxRequire] };
}
