import { runRuleTests } from './rule-tester';

/** A function whose work is a nested loop over its input: CPU-bound, no I/O. One line, so it can be spliced into a case. */
const HEAVY = 'function heavy(xs: number[]) { let n = 0; for (const a of xs) for (const b of xs) n += a * b; return n; }';

runRuleTests('cpu-in-promise-all', {
  valid: [
    {
      name: 'Promise.all over I/O',
      code: `
        export async function fetchAll(urls: string[]) {
          return Promise.all(urls.map((url) => fetch(url)));
        }
      `,
    },
    {
      name: 'Promise.all over a worker pool',
      code: `
        const Piscina = require('piscina');
        const pool = new Piscina({ filename: __dirname + '/worker.js' });
        async function crunchAll(items) {
          return Promise.all(items.map((item) => pool.run(item)));
        }
      `,
    },
    {
      name: 'functions that fetch and then compute are mixed, not CPU-only',
      code: `
        async function loadAndSum(url: string) {
          const rows: number[] = await (await fetch(url)).json();
          let n = 0;
          for (const a of rows) for (const b of rows) n += a * b;
          return n;
        }
        export async function all(urls: string[]) {
          return Promise.all(urls.map(loadAndSum));
        }
      `,
    },
    {
      name: 'one light pass per task is not worth a worker',
      code: `
        function sum(xs: number[]) {
          let n = 0;
          for (const x of xs) n += x;
          return n;
        }
        export async function sums(a: number[], b: number[]) {
          return Promise.all([sum(a), sum(b)]);
        }
      `,
    },
    {
      name: 'inside a worker thread',
      code: `
        const { parentPort } = require('worker_threads');
        ${HEAVY}
        parentPort.on('message', async (m) => {
          parentPort.postMessage(await Promise.all([heavy(m), heavy(m)]));
        });
      `,
    },
    {
      name: 'new Promise around a timer',
      code: `
        export function sleep(ms: number) {
          return new Promise((resolve) => setTimeout(resolve, ms));
        }
      `,
    },
    {
      name: 'new Promise around callback I/O',
      code: `
        import fs from 'fs';
        export function read(path: string) {
          return new Promise((resolve, reject) => fs.readFile(path, (err, data) => (err ? reject(err) : resolve(data))));
        }
      `,
    },
    // Deliberate gap: the promise array built in another statement is not traced back to its tasks.
    {
      name: 'gap: tasks built in a separate statement',
      code: `
        ${HEAVY}
        export async function all(groups: number[][]) {
          const tasks = groups.map(async (g) => heavy(g));
          return Promise.all(tasks);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'Promise.all over calls of a CPU-only function',
      code: `
        ${HEAVY}
        export async function both(a: number[], b: number[]) {
          const [x, y] = await Promise.all([heavy(a), heavy(b)]);
          return x + y;
        }
      `,
      errors: [{ line: 3, column: 24, messageIncludes: "Promise.all over CPU-bound 'heavy'" }],
    },
    {
      name: 'items.map(async x => cpuOnly(x))',
      code: `
        ${HEAVY}
        export async function all(groups: number[][]) {
          return Promise.all(groups.map(async (g) => heavy(g)));
        }
      `,
      errors: [{ line: 3, column: 10, messageIncludes: 'Promise.all over CPU-bound anonymous function' }],
    },
    {
      name: 'items.map(cpuOnly) with an async CPU-only function',
      code: `
        async function checksum(text: string) {
          let h = 0;
          for (const line of text.split('\\n')) for (const ch of line) h = (h * 31 + ch.charCodeAt(0)) | 0;
          return h;
        }
        export async function all(files: string[]) {
          return Promise.all(files.map(checksum));
        }
      `,
      errors: [{ line: 7, column: 10, messageIncludes: "'checksum'" }],
    },
    {
      name: 'a CPU-heavy API in each task',
      code: `
        import zlib from 'zlib';
        export async function compressAll(buffers: Buffer[]) {
          return Promise.all(buffers.map(async (b) => zlib.gzipSync(b)));
        }
      `,
      errors: [{ line: 3, column: 10 }],
    },
    {
      name: 'Promise.allSettled',
      code: `
        ${HEAVY}
        export async function both(a: number[], b: number[]) {
          return Promise.allSettled([heavy(a), heavy(b)]);
        }
      `,
      errors: [{ line: 3, column: 10, messageIncludes: 'Promise.allSettled' }],
    },
    {
      name: 'Promise.race as a timeout cannot interrupt computation',
      code: `
        ${HEAVY}
        export async function withTimeout(a: number[]) {
          return Promise.race([heavy(a), new Promise((_, reject) => setTimeout(reject, 1000))]);
        }
      `,
      errors: [{ line: 3, column: 10, messageIncludes: 'Promise.race' }],
    },
    {
      name: 'new Promise around CPU-bound work',
      code: `
        export function product(xs: number[]) {
          return new Promise((resolve) => {
            let n = 0;
            for (const a of xs) for (const b of xs) n += a * b;
            resolve(n);
          });
        }
      `,
      errors: [{ line: 2, column: 10, messageIncludes: 'new Promise around CPU-bound work' }],
    },
  ],
});
