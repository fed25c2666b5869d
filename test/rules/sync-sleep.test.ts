import { runRuleTests } from './rule-tester';

runRuleTests('sync-sleep', {
  valid: [
    {
      name: 'timers/promises setTimeout',
      code: `
        import { setTimeout as sleep } from 'node:timers/promises';
        export async function pause() {
          await sleep(1000);
        }
      `,
    },
    {
      name: 'a promise around setTimeout',
      code: `
        export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      `,
    },
    {
      name: 'a deadline loop that awaits between checks',
      code: `
        export async function waitFor(done: () => Promise<boolean>, sleep: (ms: number) => Promise<void>) {
          const end = Date.now() + 5000;
          while (Date.now() < end) {
            if (await done()) return true;
            await sleep(100);
          }
          return false;
        }
      `,
    },
    {
      name: 'Atomics.wait inside a worker file using parentPort',
      code: `
        const { parentPort } = require('worker_threads');
        const flag = new Int32Array(new SharedArrayBuffer(4));
        parentPort.on('message', () => {
          Atomics.wait(flag, 0, 0, 100);
          parentPort.postMessage('woke');
        });
      `,
    },
    {
      name: 'Atomics.waitAsync on the main thread',
      code: `
        export async function waitFlag(flag: Int32Array) {
          await Atomics.waitAsync(flag, 0, 0, 1000).value;
        }
      `,
    },
    {
      name: 'execSync of a command that is not a sleep',
      code: `
        const { execSync } = require('child_process');
        const head = execSync('git rev-parse HEAD').toString();
      `,
    },
    {
      name: 'a loop over data that reads the clock for timing only',
      code: `
        export function timed(items: number[]) {
          const start = Date.now();
          let n = 0;
          for (const item of items) n += item;
          return { n, ms: Date.now() - start };
        }
      `,
    },
    {
      name: 'time-budgeted work loop does real work in each turn',
      code: `
        export function drain(queue: (() => void)[]) {
          const deadline = Date.now() + 10;
          while (Date.now() < deadline && queue.length > 0) {
            queue.shift()!();
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'busy-wait on Date.now()',
      code: `
        export function sleep(ms: number) {
          const end = Date.now() + ms;
          while (Date.now() < end) {}
        }
      `,
      errors: [{ line: 3, column: 3, messageIncludes: 'Busy-wait loop (while (Date.now() < end) loop)' }],
    },
    {
      name: 'busy-wait on performance.now() with an empty statement',
      code: `
        export function sleep(ms: number) {
          const start = performance.now();
          while (performance.now() - start < ms);
        }
      `,
      errors: [{ line: 3, column: 3 }],
    },
    {
      name: 'busy-wait with do...while on new Date()',
      code: `
        export function sleep(ms: number) {
          const start = new Date();
          do {} while (+new Date() - +start < ms);
        }
      `,
      errors: [{ line: 3, column: 3, messageIncludes: 'do...while' }],
    },
    {
      name: 'busy-wait at module top level',
      code: `
        const end = Date.now() + 500;
        while (Date.now() < end) {}
      `,
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'Atomics.wait on the main thread',
      code: `
        export function sleep(ms: number) {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
        }
      `,
      errors: [{ line: 2, column: 3, messageIncludes: 'Atomics.wait blocks the main thread' }],
    },
    {
      name: 'Atomics.wait in a file that starts workers but is not one',
      code: `
        const { Worker } = require('worker_threads');
        const shared = new Int32Array(new SharedArrayBuffer(4));
        new Worker('./worker.js', { workerData: shared });
        Atomics.wait(shared, 0, 0, 100);
      `,
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: "execSync('sleep 1')",
      code: `
        const { execSync } = require('child_process');
        execSync('sleep 1');
      `,
      errors: [{ line: 2, column: 1, messageIncludes: "child_process.execSync('sleep 1')" }],
    },
    {
      name: "child_process.execSync('timeout 2') through the module object",
      code: `
        const cp = require('node:child_process');
        export function wait() {
          cp.execSync('timeout 2');
        }
      `,
      errors: [{ line: 3, column: 3 }],
    },
    {
      name: "spawnSync('sleep', ['1'])",
      code: `
        import { spawnSync } from 'child_process';
        spawnSync('sleep', ['1']);
      `,
      errors: [{ line: 2, column: 1, messageIncludes: 'spawnSync' }],
    },
    {
      name: 'deasync.sleep',
      code: `
        const deasync = require('deasync');
        export function pause() {
          deasync.sleep(100);
        }
      `,
      errors: [{ line: 3, column: 3, messageIncludes: 'deasync.sleep' }],
    },
    {
      name: "the 'sleep' package",
      code: `
        const sleep = require('sleep');
        sleep.msleep(100);
      `,
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
