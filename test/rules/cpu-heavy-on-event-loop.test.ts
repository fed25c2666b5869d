import { runRuleTests } from './rule-tester';

runRuleTests('cpu-heavy-on-event-loop', {
  valid: [
    {
      name: 'async crypto through util.promisify',
      code: `
        const crypto = require('crypto');
        const { promisify } = require('util');
        const pbkdf2 = promisify(crypto.pbkdf2);
        async function hash(password) {
          return pbkdf2(password, 'salt', 100000, 64, 'sha512');
        }
      `,
    },
    {
      name: 'one pass over the data is not heavy',
      code: `
        export async function total(rows: number[]) {
          let sum = 0;
          for (const row of rows) sum += row;
          return sum;
        }
      `,
    },
    {
      name: 'nested loop with a small constant inner bound',
      code: `
        export async function invert(pixels: Uint8Array[]) {
          for (const pixel of pixels) {
            for (let channel = 0; channel < 3; channel++) pixel[channel] = 255 - pixel[channel];
          }
        }
      `,
    },
    {
      name: 'nested loops over small constant bounds',
      code: `
        export async function table() {
          const out: number[] = [];
          for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) out.push(i * j);
          return out;
        }
      `,
    },
    {
      name: 'nested loop whose inner body awaits I/O is I/O, not computation',
      code: `
        export async function saveAll(groups: { items: string[] }[], db: { save(x: string): Promise<void> }) {
          for (const group of groups) {
            for (const item of group.items) {
              await db.save(item);
            }
          }
        }
      `,
    },
    {
      name: 'a shallow merge of each object handed over',
      code: `
        export async function merge(target: Record<string, unknown>, sources: Record<string, unknown>[]) {
          for (const source of sources) for (const key in source) if (source[key] !== undefined) target[key] = source[key];
          return target;
        }
      `,
    },
    {
      name: 'nested for...in over the keys of settings',
      code: `
        export async function flatten(options: Record<string, Record<string, number>>) {
          const out: string[] = [];
          for (const a in options) for (const b in options[a]) out.push(a + b);
          return out;
        }
      `,
    },
    {
      name: 'CPU-heavy API at module top level runs once at start-up',
      code: `
        const crypto = require('crypto');
        const key = crypto.pbkdf2Sync(process.env.SECRET, 'salt', 100000, 32, 'sha256');
        module.exports = key;
      `,
    },
    {
      name: 'CPU-heavy API in a synchronous function that no event-loop context calls',
      code: `
        import { gzipSync } from 'zlib';
        export function pack(data: Buffer) {
          return gzipSync(data);
        }
      `,
    },
    {
      name: 'inside a worker thread, computing is the point',
      code: `
        const { parentPort } = require('worker_threads');
        const crypto = require('crypto');
        parentPort.on('message', (password) => {
          parentPort.postMessage(crypto.pbkdf2Sync(password, 'salt', 100000, 64, 'sha512'));
        });
      `,
    },
    {
      name: "inside an ES module worker: import { parentPort } from 'node:worker_threads'",
      code: `
        import { parentPort } from 'node:worker_threads';
        import { pbkdf2Sync } from 'node:crypto';
        parentPort!.on('message', (password: string) => {
          parentPort!.postMessage(pbkdf2Sync(password, 'salt', 100000, 64, 'sha512'));
        });
      `,
    },
    {
      name: 'inside a worker that uses the worker_threads namespace',
      code: `
        import * as threads from 'worker_threads';
        import { scryptSync } from 'node:crypto';
        threads.parentPort!.on('message', (password: string) => {
          threads.parentPort!.postMessage(scryptSync(password, 'salt', 64));
        });
      `,
    },
    {
      name: 'JSON.parse of a request body',
      code: `
        export async function parse(body: string) {
          return JSON.parse(body);
        }
      `,
    },
    {
      name: 'a helper whose heavy work is reached only through a guess (one entry of a lookup table)',
      code: `
        const scorers = {
          pairwise(rows) {
            let total = 0;
            for (const a of rows) for (const b of rows) total += a * b;
            return total;
          },
          first(rows) {
            return rows[0];
          },
        };
        function score(rows, kind) {
          return scorers[kind](rows);
        }
        async function handle(rows, kind) {
          return score(rows, kind);
        }
      `,
    },
    {
      name: 'a method picked by its name on an object of unknown type is a guess',
      code: `
        class Matrix {
          product(rows) {
            let total = 0;
            for (const a of rows) for (const b of rows) total += a * b;
            return total;
          }
        }
        async function handle(input, rows) {
          return input.product(rows);
        }
      `,
    },
    {
      name: 'lookup in a small constant list inside a loop',
      code: `
        const EXTENSIONS = ['.js', '.ts', '.mjs'];
        export async function sources(files: string[]) {
          return files.filter((file) => EXTENSIONS.some((ext) => file.endsWith(ext)));
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'nested for...in over the keys of a data object',
      code: `
        export async function pairs(index: Record<string, Record<string, number>>) {
          const out: string[] = [];
          for (const a in index) for (const b in index[a]) out.push(a + b);
          return out;
        }
      `,
      errors: [{ line: 3, column: 26, messageIncludes: 'Nested loop (for...in over index[a])' }],
    },
    {
      name: 'crypto.pbkdf2Sync in a request handler',
      code: `
        const crypto = require('crypto');
        const express = require('express');
        const app = express();
        app.post('/login', (req, res) => {
          const hash = crypto.pbkdf2Sync(req.body.password, 'salt', 100000, 64, 'sha512');
          res.send(hash.toString('hex'));
        });
      `,
      errors: [{ line: 5, column: 16, messageIncludes: 'crypto.pbkdf2Sync computes synchronously on the event loop in request handler for POST /login' }],
    },
    {
      name: 'zlib.gzipSync in an async function',
      code: `
        import zlib from 'zlib';
        export async function compress(data: Buffer) {
          return zlib.gzipSync(data);
        }
      `,
      errors: [{ line: 3, column: 10, messageIncludes: 'zlib.gzipSync' }],
    },
    {
      name: 'crypto.scryptSync in an event handler',
      code: `
        const { scryptSync } = require('node:crypto');
        process.on('message', (message) => {
          process.send(scryptSync(message, 'salt', 64));
        });
      `,
      errors: [{ line: 3, column: 16, messageIncludes: "handler for 'message' events" }],
    },
    {
      name: 'nested loop in a request handler',
      code: `
        const express = require('express');
        const app = express();
        app.get('/pairs', (req, res) => {
          const items = req.query.items;
          const pairs = [];
          for (const a of items) {
            for (const b of items) {
              pairs.push([a, b]);
            }
          }
          res.json(pairs);
        });
      `,
      errors: [{ line: 7, column: 5, messageIncludes: 'Nested loop (for...of over items)' }],
    },
    {
      name: 'triple nested loop is reported once',
      code: `
        export async function cube(xs: number[]) {
          let n = 0;
          for (const a of xs) {
            for (const b of xs) {
              for (const c of xs) n += a * b * c;
            }
          }
          return n;
        }
      `,
      errors: [{ line: 4, column: 5 }],
    },
    {
      name: 'nested array methods in a request handler',
      code: `
        const app = require('express')();
        app.get('/matrix', (req, res) => {
          const rows = req.body.rows;
          res.json(rows.map((r) => rows.map((s) => r * s)));
        });
      `,
      errors: [{ line: 4, column: 28, messageIncludes: 'Nested map over rows' }],
    },
    {
      name: 'find inside a for loop (quadratic join)',
      code: `
        export async function join(orders: { userId: string }[], users: { id: string }[]) {
          const out = [];
          for (const order of orders) {
            out.push(users.find((u) => u.id === order.userId));
          }
          return out;
        }
      `,
      errors: [{ line: 4, column: 14, messageIncludes: 'Nested find over users' }],
    },
    {
      name: 'nested loop reached through a helper function',
      code: `
        function similarity(rows) {
          let total = 0;
          for (let i = 0; i < rows.length; i++) {
            for (let j = 0; j < rows.length; j++) {
              total += rows[i] * rows[j];
            }
          }
          return total;
        }
        async function handle(rows) {
          return similarity(rows);
        }
      `,
      errors: [{ line: 11, column: 10, messageIncludes: 'similarity() is CPU-bound' }],
    },
    {
      name: 'CPU-heavy helper called from a server callback',
      code: `
        const http = require('http');
        const zlib = require('zlib');
        function pack(body) {
          return zlib.deflateSync(body);
        }
        http.createServer((req, res) => {
          res.end(pack('hello'));
        });
      `,
      errors: [{ line: 7, column: 11, messageIncludes: 'pack() is CPU-bound and runs on the event loop in server request callback' }],
    },
    {
      name: 'a main-thread file that passes workerData to new Worker is not a worker file',
      code: `
        const { Worker } = require('worker_threads');
        const crypto = require('crypto');
        const worker = new Worker('./w.js', { workerData: { size: 4 } });
        process.on('message', (password) => {
          process.send(crypto.pbkdf2Sync(password, 'salt', 100000, 64, 'sha512'));
        });
      `,
      errors: [{ line: 5, column: 16, messageIncludes: 'crypto.pbkdf2Sync' }],
    },
  ],
});
