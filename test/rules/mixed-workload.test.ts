import { runRuleTests } from './rule-tester';

runRuleTests('mixed-workload', {
  valid: [
    {
      name: 'I/O only',
      code: `
        export async function load(url: string) {
          const response = await fetch(url);
          return response.json();
        }
      `,
    },
    {
      name: 'CPU only',
      code: `
        export function product(xs: number[]) {
          let n = 0;
          for (const a of xs) for (const b of xs) n += a * b;
          return n;
        }
      `,
    },
    {
      name: 'one light pass over fetched data',
      code: `
        export async function total(url: string) {
          const rows: number[] = await (await fetch(url)).json();
          let n = 0;
          for (const row of rows) n += row;
          return n;
        }
      `,
    },
    {
      name: 'I/O and computation kept in separate functions that are not combined',
      code: `
        import { readFile } from 'fs/promises';
        export function crunch(rows: number[]) {
          let n = 0;
          for (const a of rows) for (const b of rows) n += a * b;
          return n;
        }
        export async function load(path: string): Promise<number[]> {
          return JSON.parse(await readFile(path, 'utf8'));
        }
      `,
    },
    {
      name: 'the computation is handed to a worker pool',
      code: `
        import { readFile } from 'fs/promises';
        const Piscina = require('piscina');
        const pool = new Piscina({ filename: 'worker.js' });
        export async function report(path: string) {
          const rows = JSON.parse(await readFile(path, 'utf8'));
          return pool.run(rows);
        }
      `,
    },
    {
      name: 'the computation is only reached through a guess (one entry of a lookup table)',
      code: `
        import { readFile } from 'fs/promises';
        const handlers = {
          crunch(rows: number[]) {
            let n = 0;
            for (const a of rows) for (const b of rows) n += a * b;
            return n;
          },
          count(rows: number[]) {
            return rows.length;
          },
        };
        export async function report(path: string, kind: 'crunch' | 'count') {
          const rows = JSON.parse(await readFile(path, 'utf8'));
          return handlers[kind](rows);
        }
      `,
    },
    {
      name: 'inside a worker thread, mixing is what the worker is for',
      code: `
        const { parentPort } = require('worker_threads');
        const fs = require('fs/promises');
        parentPort.on('message', async (path) => {
          const rows = JSON.parse(await fs.readFile(path, 'utf8'));
          let n = 0;
          for (const a of rows) for (const b of rows) n += a * b;
          parentPort.postMessage(n);
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'reads a file and runs a nested loop over it',
      code: `
        import { readFile } from 'fs/promises';
        export async function report(path: string) {
          const rows: number[] = JSON.parse(await readFile(path, 'utf8'));
          let n = 0;
          for (const a of rows) for (const b of rows) n += a * b;
          return n;
        }
      `,
      errors: [{ line: 2, column: 23, messageIncludes: "'report' mixes computation (nested for...of over rows (line 5)) with I/O" }],
    },
    {
      name: 'computation through a helper, reported where the mix is made and not at its callers',
      code: `
        import { readFile } from 'fs/promises';
        function crunch(rows: number[]) {
          let n = 0;
          for (const a of rows) for (const b of rows) n += a * b;
          return n;
        }
        export async function report(path: string) {
          const rows = JSON.parse(await readFile(path, 'utf8'));
          return crunch(rows);
        }
        export async function caller(path: string) {
          return report(path);
        }
      `,
      errors: [{ line: 7, column: 23, messageIncludes: 'calls crunch' }],
    },
    {
      name: 'CPU-heavy API next to async I/O',
      code: `
        import zlib from 'zlib';
        import { writeFile } from 'fs/promises';
        export async function save(path: string, data: Buffer) {
          await writeFile(path, zlib.gzipSync(data));
        }
      `,
      errors: [{ line: 3, column: 23, messageIncludes: 'zlib.gzipSync' }],
    },
    {
      name: 'class method, underlined at its name',
      code: `
        import { readFile } from 'fs/promises';
        export class Report {
          async build(path: string) {
            const rows: number[] = JSON.parse(await readFile(path, 'utf8'));
            let n = 0;
            for (const a of rows) for (const b of rows) n += a * b;
            return n;
          }
        }
      `,
      errors: [{ line: 3, column: 9, messageIncludes: "'build'" }],
    },
    {
      name: 'arrow function, underlined at its variable',
      code: `
        export const build = async (url: string) => {
          const rows: number[] = await (await fetch(url)).json();
          let n = 0;
          for (const a of rows) for (const b of rows) n += a * b;
          return n;
        };
      `,
      errors: [{ line: 1, column: 14, messageIncludes: 'fetch' }],
    },
  ],
});
