import { runFixTable, runRefusalTable } from './harness';

const CJS_POOL = /^'use strict';\n\/\/ Created by Concurrency Advisor\.\n[\s\S]*const { Worker } = require\('node:worker_threads'\);[\s\S]*os\.availableParallelism\(\)[\s\S]*async function runInWorker\(file, \.\.\.args\) {[\s\S]*module\.exports = { runInWorker };\n$/;
const ESM_POOL = /^\/\/ Created by Concurrency Advisor\.\n[\s\S]*import { Worker } from 'node:worker_threads';[\s\S]*export async function runInWorker\(file, \.\.\.args\) {[\s\S]*\n}\n$/;
const TS_POOL = /^\/\/ Created by Concurrency Advisor\.\n[\s\S]*import { Worker } from 'node:worker_threads';[\s\S]*interface Pool {[\s\S]*export async function runInWorker<T = unknown>\(file: string \| URL, \.\.\.args: unknown\[\]\): Promise<T> {[\s\S]*\n}\n$/;

/** The CommonJS case several rows start from: a CPU-bound helper called from a request handler. */
const CRUNCH_HANDLER = `
  function crunch(values) {
    let n = 0;
    for (const a of values) for (const b of values) n += a * b;
    return n;
  }
  async function handler(req, res) {
    res.end(String(crunch(req.values)));
  }
  module.exports = { handler };
`;

/** CRUNCH_HANDLER after "Move crunch to a worker thread" with a CommonJS worker-pool module. */
const CRUNCH_HANDLER_MOVED = `
  const { runInWorker } = require('./worker-pool.js');
  const crunchWorker = require.resolve('./crunch.worker.js');

  function crunch(values) {
    let n = 0;
    for (const a of values) for (const b of values) n += a * b;
    return n;
  }
  async function handler(req, res) {
    res.end(String(await runInWorker(crunchWorker, req.values)));
  }
  module.exports = { handler };
`;

runFixTable('cpu-heavy-on-event-loop', [
  {
    name: 'CommonJS: a CPU-bound helper of the same file moves to a worker with what it uses',
    code: `
      const LIMIT = 1000;
      const { basename } = require('node:path');

      function score(x) {
        return x.length * LIMIT;
      }

      function rank(items) {
        let total = 0;
        for (const a of items) {
          for (const b of items) total += score(basename(a)) - score(b);
        }
        return total;
      }

      async function handler(req, res) {
        res.end(String(rank(req.items)));
      }
      module.exports = { handler };
    `,
    fix: 'Move rank to a worker thread',
    output: `
      const { runInWorker } = require('./worker-pool.js');
      const rankWorker = require.resolve('./rank.worker.js');

      const LIMIT = 1000;
      const { basename } = require('node:path');

      function score(x) {
        return x.length * LIMIT;
      }

      function rank(items) {
        let total = 0;
        for (const a of items) {
          for (const b of items) total += score(basename(a)) - score(b);
        }
        return total;
      }

      async function handler(req, res) {
        res.end(String(await runInWorker(rankWorker, req.items)));
      }
      module.exports = { handler };
    `,
    creates: {
      'worker-pool.js': CJS_POOL,
      'rank.worker.js': `
        'use strict';
        // Created by Concurrency Advisor.
        // Runs rank() from example.js in a worker thread: a copy of the function and of what it uses.
        // Keep it in step with the original, or make the original import it from here.
        const { parentPort } = require('node:worker_threads');
        const LIMIT = 1000;
        const { basename } = require('node:path');

        function score(x) {
          return x.length * LIMIT;
        }

        function rank(items) {
          let total = 0;
          for (const a of items) {
            for (const b of items) total += score(basename(a)) - score(b);
          }
          return total;
        }

        parentPort.on('message', async ({ id, args }) => {
          try {
            parentPort.postMessage({ id, ok: true, value: await rank(...args) });
          } catch (error) {
            parentPort.postMessage({ id, ok: false, error });
          }
        });
      `,
    },
    preferred: true,
    safe: false,
    notes: ['rank itself is unchanged', 'structured clone'],
  },
  {
    name: 'CommonJS: a function of another file gets its worker beside that file',
    code: `
      const { correlate } = require('./lib/stats');

      async function dashboard(orders, customers) {
        return { matrix: correlate(orders, customers) };
      }
      module.exports = { dashboard };
    `,
    files: {
      'lib/stats.js': `
        function correlate(orders, customers) {
          const matrix = [];
          for (const customer of customers) {
            const row = [];
            for (const order of orders) row.push(order.customer === customer.id ? order.amount : 0);
            matrix.push(row);
          }
          return matrix;
        }
        module.exports = { correlate };
      `,
    },
    fix: 'Move correlate to a worker thread',
    output: `
      const { correlate } = require('./lib/stats');
      const { runInWorker } = require('./worker-pool.js');
      const correlateWorker = require.resolve('./lib/correlate.worker.js');

      async function dashboard(orders, customers) {
        return { matrix: await runInWorker(correlateWorker, orders, customers) };
      }
      module.exports = { dashboard };
    `,
    creates: {
      'worker-pool.js': CJS_POOL,
      'lib/correlate.worker.js': /^'use strict';\n[\s\S]*Runs correlate\(\) from stats\.js[\s\S]*function correlate\(orders, customers\) {[\s\S]*value: await correlate\(\.\.\.args\)/,
    },
  },
  {
    name: 'ESM: the worker is found with import.meta.url',
    file: 'report.mjs',
    code: `
      export async function report(rows) {
        return summarize(rows);
      }

      function summarize(rows) {
        const out = [];
        for (const a of rows) for (const b of rows) out.push(a.v * b.v);
        return out;
      }
    `,
    fix: 'Move summarize to a worker thread',
    output: `
      import { runInWorker } from './worker-pool.mjs';
      const summarizeWorker = new URL('./summarize.worker.mjs', import.meta.url);

      export async function report(rows) {
        return await runInWorker(summarizeWorker, rows);
      }

      function summarize(rows) {
        const out = [];
        for (const a of rows) for (const b of rows) out.push(a.v * b.v);
        return out;
      }
    `,
    creates: {
      'worker-pool.mjs': ESM_POOL,
      'summarize.worker.mjs': `
        // Created by Concurrency Advisor.
        // Runs summarize() from report.mjs in a worker thread: a copy of the function and of what it uses.
        // Keep it in step with the original, or make the original import it from here.
        import { parentPort } from 'node:worker_threads';

        function summarize(rows) {
          const out = [];
          for (const a of rows) for (const b of rows) out.push(a.v * b.v);
          return out;
        }

        parentPort.on('message', async ({ id, args }) => {
          try {
            parentPort.postMessage({ id, ok: true, value: await summarize(...args) });
          } catch (error) {
            parentPort.postMessage({ id, ok: false, error });
          }
        });
      `,
    },
  },
  {
    name: 'TypeScript: the worker is JavaScript with the types removed, the pool is TypeScript',
    file: 'stats.ts',
    code: `
      import { basename } from 'node:path';

      interface Row {
        name: string;
        value: number;
      }

      export async function handle(rows: Row[]): Promise<number> {
        const total = pairs(rows);
        return total;
      }

      function pairs(rows: Row[]): number {
        let sum = 0;
        for (const a of rows) {
          for (const b of rows) sum += basename(a.name).length * (b.value as number)!;
        }
        return sum;
      }
    `,
    fix: 'Move pairs to a worker thread',
    output: `
      import { basename } from 'node:path';
      import { runInWorker } from './worker-pool';
      const pairsWorker = require.resolve('./pairs.worker.mjs');

      interface Row {
        name: string;
        value: number;
      }

      export async function handle(rows: Row[]): Promise<number> {
        const total = await runInWorker<ReturnType<typeof pairs>>(pairsWorker, rows);
        return total;
      }

      function pairs(rows: Row[]): number {
        let sum = 0;
        for (const a of rows) {
          for (const b of rows) sum += basename(a.name).length * (b.value as number)!;
        }
        return sum;
      }
    `,
    creates: {
      'worker-pool.ts': TS_POOL,
      'pairs.worker.mjs': `
        // Created by Concurrency Advisor.
        // Runs pairs() from stats.ts in a worker thread: a copy of the function and of what it uses.
        // Keep it in step with the original, or make the original import it from here.
        import { parentPort } from 'node:worker_threads';
        import { basename } from 'node:path';

        function pairs(rows) {
          let sum = 0;
          for (const a of rows) {
            for (const b of rows) sum += basename(a.name).length * (b.value);
          }
          return sum;
        }

        parentPort.on('message', async ({ id, args }) => {
          try {
            parentPort.postMessage({ id, ok: true, value: await pairs(...args) });
          } catch (error) {
            parentPort.postMessage({ id, ok: false, error });
          }
        });
      `,
    },
    notes: ['types removed', 'Assumed this file runs as CommonJS'],
  },
  {
    name: 'piscina when the project depends on it',
    code: CRUNCH_HANDLER,
    files: { '/project/package.json': '{ "name": "app", "dependencies": { "piscina": "^4.0.0" } }' },
    fix: 'Move crunch to a worker thread',
    output: CRUNCH_HANDLER_MOVED,
    creates: {
      'worker-pool.js': /const Piscina = require\('piscina'\);[\s\S]*new Piscina\({ filename: key }\)[\s\S]*return pool\.run\(args\);/,
      'crunch.worker.js': /function crunch\(values\) {[\s\S]*\/\/ piscina calls this with the arguments runInWorker\(\) was given\.\nmodule\.exports = \(args\) => crunch\(\.\.\.args\);\n$/,
    },
    notes: ['piscina'],
  },
  {
    name: 'an existing worker-pool module is reused',
    code: CRUNCH_HANDLER,
    files: { 'worker-pool.js': 'async function runInWorker(file, ...args) { return [file, args]; }\nmodule.exports = { runInWorker };\n' },
    fix: 'Move crunch to a worker thread',
    output: CRUNCH_HANDLER_MOVED,
    creates: { 'crunch.worker.js': /parentPort\.on\('message'/ },
    notes: ['Reuses runInWorker() from the existing worker-pool.js'],
  },
  {
    name: 'the child-process variant',
    code: CRUNCH_HANDLER,
    fix: 'Run crunch in a child process',
    output: `
      const { runInChildProcess } = require('./run-in-process.js');
      const crunchProcess = require.resolve('./crunch.process.js');

      function crunch(values) {
        let n = 0;
        for (const a of values) for (const b of values) n += a * b;
        return n;
      }
      async function handler(req, res) {
        res.end(String(await runInChildProcess(crunchProcess, req.values)));
      }
      module.exports = { handler };
    `,
    creates: {
      'run-in-process.js': /const { fork } = require\('node:child_process'\);[\s\S]*serialization: 'advanced'[\s\S]*module\.exports = { runInChildProcess };\n$/,
      'crunch.process.js': /\/\* concurrency-advisor-disable cpu-heavy-on-event-loop mixed-workload \*\/[\s\S]*process\.once\('message', async \({ args }\) => {/,
    },
    preferred: false,
    notes: ['isolation'],
  },
  {
    name: 'a request handler callback becomes async',
    code: `
      const express = require('express');
      const app = express();
      function crunch(values) {
        let n = 0;
        for (const a of values) for (const b of values) n += a * b;
        return n;
      }
      app.post('/crunch', (req, res) => {
        res.json({ n: crunch(req.body.values) });
      });
    `,
    fix: 'Move crunch to a worker thread',
    output: `
      const express = require('express');
      const { runInWorker } = require('./worker-pool.js');
      const crunchWorker = require.resolve('./crunch.worker.js');
      const app = express();
      function crunch(values) {
        let n = 0;
        for (const a of values) for (const b of values) n += a * b;
        return n;
      }
      app.post('/crunch', async (req, res) => {
        res.json({ n: await runInWorker(crunchWorker, req.body.values) });
      });
    `,
    creates: { 'worker-pool.js': CJS_POOL, 'crunch.worker.js': /function crunch/ },
    notes: ['now returns a promise'],
  },
]);

runFixTable('cpu-in-promise-all', [
  {
    name: 'TypeScript: a map callback that returns the CPU-bound call',
    file: 'hash.ts',
    code: `
      export async function hashAll(values: string[]): Promise<number[]> {
        return Promise.all(values.map(async (value) => fingerprint(value)));
      }

      function fingerprint(value: string): number {
        let hash = 2166136261;
        for (let i = 0; i < value.length; i++) {
          hash ^= value.charCodeAt(i);
          hash = Math.imul(hash, 16777619);
        }
        return hash >>> 0;
      }
    `,
    fix: 'Move fingerprint to a worker thread',
    output: `
      import { runInWorker } from './worker-pool';
      const fingerprintWorker = require.resolve('./fingerprint.worker.mjs');

      export async function hashAll(values: string[]): Promise<number[]> {
        return Promise.all(values.map(async (value) => runInWorker<ReturnType<typeof fingerprint>>(fingerprintWorker, value)));
      }

      function fingerprint(value: string): number {
        let hash = 2166136261;
        for (let i = 0; i < value.length; i++) {
          hash ^= value.charCodeAt(i);
          hash = Math.imul(hash, 16777619);
        }
        return hash >>> 0;
      }
    `,
    creates: { 'worker-pool.ts': TS_POOL, 'fingerprint.worker.mjs': /function fingerprint\(value\) {\n  let hash = 2166136261;/ },
    preferred: true,
  },
  {
    name: 'a list of calls, two of them to the same function',
    code: `
      async function both(a, b) {
        return Promise.all([checksum(a), checksum(b)]);
      }

      function checksum(values) {
        let sum = 0;
        for (const v of values) for (const w of values) sum += v * w;
        return sum;
      }
      module.exports = { both };
    `,
    fix: 'Move checksum to a worker thread',
    output: `
      const { runInWorker } = require('./worker-pool.js');
      const checksumWorker = require.resolve('./checksum.worker.js');

      async function both(a, b) {
        return Promise.all([runInWorker(checksumWorker, a), runInWorker(checksumWorker, b)]);
      }

      function checksum(values) {
        let sum = 0;
        for (const v of values) for (const w of values) sum += v * w;
        return sum;
      }
      module.exports = { both };
    `,
    creates: { 'worker-pool.js': CJS_POOL, 'checksum.worker.js': /value: await checksum\(\.\.\.args\)/ },
  },
  {
    name: 'a function passed to map by name',
    code: `
      async function scoreAll(groups) {
        return Promise.all(groups.map(score));
      }

      function score(group) {
        let s = 0;
        for (const a of group) for (const b of group) s += a - b;
        return s;
      }
      module.exports = { scoreAll };
    `,
    fix: 'Move score to a worker thread',
    output: `
      const { runInWorker } = require('./worker-pool.js');
      const scoreWorker = require.resolve('./score.worker.js');

      async function scoreAll(groups) {
        return Promise.all(groups.map((item) => runInWorker(scoreWorker, item)));
      }

      function score(group) {
        let s = 0;
        for (const a of group) for (const b of group) s += a - b;
        return s;
      }
      module.exports = { scoreAll };
    `,
    creates: { 'worker-pool.js': CJS_POOL, 'score.worker.js': /function score\(group\)/ },
  },
]);

runRefusalTable('cpu-heavy-on-event-loop', [
  {
    name: 'a function that closes over local state',
    code: `
      async function handler(req, res) {
        const weight = req.weight;
        function heavy(items) {
          let n = 0;
          for (const a of items) for (const b of items) n += (a - b) * weight;
          return n;
        }
        res.end(String(heavy(req.items)));
      }
      module.exports = { handler };
    `,
    title: 'Move heavy to a worker thread',
    reason: /uses `weight` from the enclosing handler, local state/,
  },
  {
    // Found on the benchmark corpus (webpack/lib/optimize/RealContentHashPlugin.js): the reason read "from the
    // enclosing the enclosing function".
    name: 'a function that closes over local state of an anonymous function',
    code: `
      process.on('message', async (req) => {
        const weight = req.weight;
        function heavy(items) {
          let n = 0;
          for (const a of items) for (const b of items) n += (a - b) * weight;
          return n;
        }
        process.send(String(heavy(req.items)));
      });
    `,
    title: 'Move heavy to a worker thread',
    reason: /^heavy uses `weight` from the enclosing function, local state/,
  },
  {
    name: 'module state a worker would not share',
    code: `
      const cache = new Map();
      function heavy(items) {
        let n = 0;
        for (const a of items) for (const b of items) n += a * b;
        cache.set(items.length, n);
        return n;
      }
      async function handler(req, res) {
        res.end(String(heavy(req.items)));
      }
      module.exports = { handler };
    `,
    title: 'Move heavy to a worker thread',
    reason: /module value `cache` \(line 1\)/,
  },
  {
    name: 'a function argument cannot cross to a worker',
    code: `
      function sortAll(items, compare) {
        const out = [];
        for (const a of items) for (const b of items) out.push(compare(a, b));
        return out;
      }
      async function handler(req, res) {
        res.end(String(sortAll(req.items, (a, b) => a - b)));
      }
      module.exports = { handler };
    `,
    title: 'Move sortAll to a worker thread',
    reason: /calls its parameter `compare`/,
  },
  {
    name: 'a method of a parameter that would arrive as plain data',
    code: `
      function total(cart) {
        let n = 0;
        for (const a of cart.items) for (const b of cart.items) n += a.price * b.price;
        return n + cart.shipping();
      }
      async function handler(req, res) {
        res.end(String(total(req.cart)));
      }
      module.exports = { handler };
    `,
    title: 'Move total to a worker thread',
    reason: /calls `cart\.shipping\(\)` on its parameter/,
  },
  {
    name: 'a method uses this',
    code: `
      class Model {
        score(items) {
          let n = 0;
          for (const a of items) for (const b of items) n += a * b * this.factor;
          return n;
        }
        async handle(req) {
          return this.score(req.items);
        }
      }
      module.exports = { Model };
    `,
    title: 'Move score to a worker thread',
    reason: /is a method/,
  },
  {
    name: 'a loop inline in the handler',
    code: `
      async function handler(req, res) {
        let n = 0;
        for (const a of req.items) for (const b of req.items) n += a * b;
        res.end(String(n));
      }
      module.exports = { handler };
    `,
    title: 'Move the computation to a worker thread',
    reason: /extract it into a function of its own/,
  },
  {
    name: 'a library call',
    code: `
      const crypto = require('node:crypto');
      async function login(req, res) {
        res.end(crypto.pbkdf2Sync(req.password, req.salt, 310000, 32, 'sha256').toString('hex'));
      }
      module.exports = { login };
    `,
    title: 'Move the computation to a worker thread',
    reason: /crypto\.pbkdf2Sync is a library call: use crypto\.pbkdf2/,
  },
  {
    name: 'a helper imported from another file of the project',
    code: `
      const { weigh } = require('./weights');
      function heavy(items) {
        let n = 0;
        for (const a of items) for (const b of items) n += weigh(a, b);
        return n;
      }
      async function handler(req, res) {
        res.end(String(heavy(req.items)));
      }
      module.exports = { handler };
    `,
    files: { 'weights.js': 'module.exports = { weigh: (a, b) => a * b };\n' },
    title: 'Move heavy to a worker thread',
    reason: /from \.\/weights, which the worker would load with all its side effects/,
  },
  {
    name: 'a Buffer result arrives as a plain Uint8Array',
    code: `
      function pack(items) {
        const parts = [];
        for (const a of items) for (const b of items) parts.push(a * b);
        return Buffer.from(parts);
      }
      async function handler(req, res) {
        res.end(pack(req.items));
      }
      module.exports = { handler };
    `,
    title: 'Move pack to a worker thread',
    reason: /returns a Buffer/,
  },
]);

runRefusalTable('cpu-in-promise-all', [
  {
    name: 'a promise executor that computes',
    code: `
      function run(items) {
        return new Promise((resolve) => {
          let n = 0;
          for (const a of items) for (const b of items) n += a * b;
          resolve(n);
        });
      }
      module.exports = { run };
    `,
    title: 'Move the computation to a worker thread',
    reason: /promise executor/,
  },
  {
    name: 'a map callback that computes inline',
    code: `
      async function all(groups) {
        return Promise.all(groups.map(async (group) => {
          let n = 0;
          for (const a of group) for (const b of group) n += a * b;
          return n;
        }));
      }
      module.exports = { all };
    `,
    title: 'Move the computation to a worker thread',
    reason: /computes inline/,
  },
]);
