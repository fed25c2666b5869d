import { runFixTable, runRefusalTable } from './harness';

const SLEEP = 'Wait with await setTimeout() from timers/promises';

runFixTable('sync-sleep', [
  {
    name: 'TypeScript: a deadline busy-wait in an async function, with its deadline constant folded in',
    file: 'job.ts',
    code: `
      import { execSync } from 'node:child_process';

      export async function waitForDisk(): Promise<void> {
        const until = Date.now() + 2000;
        while (Date.now() < until) {}
        execSync('sync');
      }
    `,
    fix: SLEEP,
    output: `
      import { execSync } from 'node:child_process';
      import { setTimeout } from 'node:timers/promises';

      export async function waitForDisk(): Promise<void> {
        await setTimeout(2000);
        execSync('sync');
      }
    `,
    safe: true,
    preferred: true,
  },
  {
    name: 'CommonJS: a sleep helper becomes async and its async caller awaits it',
    code: `
      function pause(ms) {
        const start = Date.now();
        while (Date.now() - start < ms) {}
      }

      async function step(next) {
        pause(100);
        await next();
      }
      module.exports = { step };
    `,
    fix: SLEEP,
    output: `
      const { setTimeout } = require('node:timers/promises');

      async function pause(ms) {
        await setTimeout(ms);
      }

      async function step(next) {
        await pause(100);
        await next();
      }
      module.exports = { step };
    `,
    safe: false,
    notes: ['line 7'],
  },
  {
    name: 'the import is aliased when the file uses the global setTimeout',
    code: `
      const http = require('node:http');

      async function retry(task) {
        const end = Date.now() + 500;
        while (Date.now() < end);
        setTimeout(() => task(), 10);
      }
      module.exports = { retry, http };
    `,
    fix: SLEEP,
    output: `
      const http = require('node:http');
      const { setTimeout: sleep } = require('node:timers/promises');

      async function retry(task) {
        await sleep(500);
        setTimeout(() => task(), 10);
      }
      module.exports = { retry, http };
    `,
  },
  {
    name: 'a deadline that is not a local constant',
    code: `
      async function until(deadline) {
        while (Date.now() < deadline) {}
      }
      module.exports = { until };
    `,
    fix: SLEEP,
    output: `
      const { setTimeout } = require('node:timers/promises');

      async function until(deadline) {
        await setTimeout(deadline - Date.now());
      }
      module.exports = { until };
    `,
  },
  {
    name: "execSync('sleep 2') becomes two seconds on a timer",
    file: 'example.mjs',
    code: `
      import { execSync } from 'node:child_process';

      export async function settle() {
        execSync('sleep 2');
      }
    `,
    fix: SLEEP,
    output: `
      import { execSync } from 'node:child_process';
      import { setTimeout } from 'node:timers/promises';

      export async function settle() {
        await setTimeout(2000);
      }
    `,
  },
  {
    name: 'ESM: a busy-wait at the top level of a module uses top-level await',
    file: 'example.mjs',
    code: `
      import { start } from './server.mjs';

      const ready = performance.now() + 250;
      while (performance.now() < ready) {}
      start();
    `,
    fix: SLEEP,
    output: `
      import { start } from './server.mjs';
      import { setTimeout } from 'node:timers/promises';

      await setTimeout(250);
      start();
    `,
  },
  {
    name: 'deasync.sleep',
    code: `
      const deasync = require('deasync');
      async function later(fn) {
        deasync.sleep(50);
        return fn();
      }
      module.exports = { later };
    `,
    fix: SLEEP,
    output: `
      const deasync = require('deasync');
      const { setTimeout } = require('node:timers/promises');
      async function later(fn) {
        await setTimeout(50);
        return fn();
      }
      module.exports = { later };
    `,
  },
  {
    name: 'TypeScript: a method with a declared return type gets Promise<...>',
    file: 'poller.ts',
    code: `
      export class Poller {
        private last = 0;

        tick(): void {
          const end = Date.now() + 20;
          while (Date.now() < end) {}
          this.last = Date.now();
        }
      }
    `,
    fix: SLEEP,
    output: `
      import { setTimeout } from 'node:timers/promises';

      export class Poller {
        private last = 0;

        async tick(): Promise<void> {
          await setTimeout(20);
          this.last = Date.now();
        }
      }
    `,
    notes: ['method'],
  },
]);

runRefusalTable('sync-sleep', [
  {
    name: 'a loop that does work while it waits',
    code: `
      async function spin(state) {
        const end = Date.now() + 100;
        while (Date.now() < end) { state.count++; }
      }
      module.exports = { spin };
    `,
    title: SLEEP,
    reason: /does work while it waits/,
  },
  {
    name: 'the top level of a CommonJS module cannot await',
    code: `
      const end = Date.now() + 100;
      while (Date.now() < end) {}
      module.exports = {};
    `,
    title: SLEEP,
    reason: /top level of the module/,
  },
  {
    name: 'a caller uses the value of the sleeping function synchronously',
    code: `
      function pause(ms) {
        const end = Date.now() + ms;
        while (Date.now() < end) {}
        return ms;
      }
      function total() {
        return pause(5) + pause(10);
      }
      module.exports = { total };
    `,
    title: SLEEP,
    reason: /total uses the value of pause\(\) synchronously/,
  },
  {
    name: 'a constructor cannot be async',
    code: `
      class Device {
        constructor() {
          const end = Date.now() + 10;
          while (Date.now() < end) {}
        }
      }
      module.exports = { Device };
    `,
    title: SLEEP,
    reason: /constructor/,
  },
  {
    name: 'Atomics.wait on memory another thread may notify',
    code: `
      async function waitFor(shared) {
        Atomics.wait(shared, 0, 0, 1000);
      }
      module.exports = { waitFor };
    `,
    title: SLEEP,
    reason: /another thread may notify/,
  },
  {
    name: 'a sleep command whose duration is not a plain number of seconds',
    code: `
      const { execSync } = require('node:child_process');
      async function nap() {
        execSync('sleep infinity');
      }
      module.exports = { nap };
    `,
    title: SLEEP,
    reason: /not a constant number of seconds/,
  },
]);
